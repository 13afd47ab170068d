package com.portaldesk.app.desks;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.checkin.CheckInOutcome;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.ui.kiosk.ClientDesk;
import com.portaldesk.verify.ClientSession;
import com.portaldesk.verify.ClientSessions;
import java.time.ZoneId;
import java.util.Set;

/** ClientDesk on the application's services (the screens see only the interface). */
public final class ClientDeskAdapter {
    private ClientDeskAdapter() {}

    public static ClientDesk of(
            ContactService contacts,
            CheckInService checkIns,
            ChangeRequests changeRequests,
            ClientSessions sessions,
            String terminalId) {
        return new ClientDesk() {
            @Override
            public ContactRecord details(ClientSession session) {
                return contacts.get(session.contactId());
            }

            @Override
            public CheckInOutcome checkIn(ClientSession session, ZoneId zone) {
                return checkIns.checkIn(session.token(), terminalId, zone);
            }

            @Override
            public ChangeRequests.Outcome requestChange(ClientSession session, Set<ChangeTopic> topics, String note) {
                return changeRequests.request(session.token(), topics, note, terminalId);
            }

            @Override
            public void end(ClientSession session, AuditReason reason) {
                sessions.end(session.token(), reason);
            }
        };
    }
}
