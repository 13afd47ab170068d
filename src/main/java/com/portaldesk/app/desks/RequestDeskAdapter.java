package com.portaldesk.app.desks;

import com.portaldesk.checkin.ChangeRequestRecord;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.staff.RequestDesk;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** RequestDesk on the application's services (the screens see only the interface). */
public final class RequestDeskAdapter {
    private RequestDeskAdapter() {}

    public static RequestDesk of(
            ChangeRequests requests, ContactService contacts, StaffSession staff, String terminal) {
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
