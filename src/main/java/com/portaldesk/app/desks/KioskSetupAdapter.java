package com.portaldesk.app.desks;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.ui.kiosk.KioskSetup;
import java.util.Optional;

/** KioskSetup on the application's services (the screens see only the interface). */
public final class KioskSetupAdapter {
    private KioskSetupAdapter() {}

    public static KioskSetup of(PolicyService policies, AuditLog audit, String terminalId) {
        return new KioskSetup() {
            @Override
            public PortalPolicy policy() {
                return policies.current();
            }

            @Override
            public Optional<byte[]> logo() {
                return policies.logo();
            }

            @Override
            public void recordStarted(String startedBy) {
                audit.record(AuditRecord.of(AuditEventType.KIOSK_STARTED, AuditReason.OK, terminalId)
                        .withDetail("by " + startedBy));
            }
        };
    }
}
