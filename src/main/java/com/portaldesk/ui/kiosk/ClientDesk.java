package com.portaldesk.ui.kiosk;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.checkin.CheckInOutcome;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.verify.ClientSession;
import java.time.ZoneId;
import java.util.Set;

/** What a signed-in client can do at the kiosk: see their details, check in, ask for a correction, leave. */
public interface ClientDesk {
    ContactRecord details(ClientSession session);

    CheckInOutcome checkIn(ClientSession session, ZoneId zone);

    ChangeRequests.Outcome requestChange(ClientSession session, Set<ChangeTopic> topics, String note);

    void end(ClientSession session, AuditReason reason);
}
