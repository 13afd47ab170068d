package com.portaldesk.ui.kiosk;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffAuth;

/** The staff sign-in that leaves kiosk mode, from this kiosk's terminal; each leave is audited with who left. */
public interface StaffGate {
    SignInResult signIn(String username, char[] password);

    SignInResult secondFactor(String pending, String code);

    void recordLeft(String username);

    static StaffGate of(StaffAuth staffAuth, AuditLog audit, String terminalId) {
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
