package com.portaldesk.ui.kiosk;

import com.portaldesk.audit.AuditLog;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.verify.ClientSessions;
import com.portaldesk.verify.CodeCheck;
import com.portaldesk.verify.VerificationEngine;

/** What the kiosk needs from the application, handed over by the app package. */
public record KioskServices(VerificationEngine engine, CodeCheck codes, ClientSessions sessions,
                            ContactService contacts, PolicyService policies, StaffAuth staffAuth,
                            CheckInService checkIns, ChangeRequests changeRequests, AuditLog audit,
                            String terminalId) {
}
