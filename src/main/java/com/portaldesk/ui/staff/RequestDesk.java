package com.portaldesk.ui.staff;

import com.portaldesk.checkin.ChangeRequestRecord;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.staff.StaffSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the change-requests screen needs: the open requests with the clients' names, and marking one handled. */
public interface RequestDesk {
    /** A request with the client's name, as the list shows it. */
    record Row(ChangeRequestRecord request, String client) {}

    List<Row> open();

    /** False when someone else marked it handled first. Audited as the signed-in staff member. */
    boolean markHandled(UUID requestId);

    static RequestDesk of(ChangeRequests requests, ContactService contacts, StaffSession staff, String terminal) {
        return new RequestDesk() {
            @Override
            public List<Row> open() {
                List<ChangeRequestRecord> open = requests.open();
                Map<UUID, String> names = contacts.displayNames(open.stream()
                        .map(ChangeRequestRecord::contactId)
                        .distinct()
                        .toList());
                return open.stream()
                        .map(r -> new Row(r, names.getOrDefault(r.contactId(), "(contact removed)")))
                        .toList();
            }

            @Override
            public boolean markHandled(UUID requestId) {
                return requests.markHandled(requestId, staff.username(), terminal);
            }
        };
    }
}
