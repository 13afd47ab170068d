package com.portaldesk.app.desks;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.ui.kiosk.StaffGate;

/** StaffGate on the application's services (the screens see only the interface). */
public final class StaffGateAdapter {
    private StaffGateAdapter() {}

    public static StaffGate of(StaffAuth staffAuth, AuditLog audit, String terminalId) {
        return new StaffGate() {
            @Override
            public SignInResult signIn(String username, char[] password) {
                return staffAuth.signIn(username, password, terminalId);
            }

            @Override
            public SignInResult secondFactor(String pending, String code) {
                return staffAuth.secondFactor(pending, code, terminalId);
            }

            @Override
            public void recordLeft(String username) {
                audit.record(AuditRecord.of(AuditEventType.KIOSK_LEFT, AuditReason.OK, terminalId)
                        .withDetail("by " + username));
            }
        };
    }
}
