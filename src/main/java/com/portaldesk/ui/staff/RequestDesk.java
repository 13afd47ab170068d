package com.portaldesk.ui.staff;

import com.portaldesk.checkin.ChangeRequestRecord;
import java.util.List;
import java.util.UUID;

/** What the change-requests screen needs: the open requests with the clients' names, and marking one handled. */
public interface RequestDesk {
    /** A request with the client's name, as the list shows it. */
    record Row(ChangeRequestRecord request, String client) {}

    List<Row> open();

    /** False when someone else marked it handled first. Audited as the signed-in staff member. */
    boolean markHandled(UUID requestId);
}
