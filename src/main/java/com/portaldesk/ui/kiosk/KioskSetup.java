package com.portaldesk.ui.kiosk;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import java.util.Optional;

/** What the kiosk reads about itself: the policy (channels, idle time), the firm's logo; and its start, audited. */
public interface KioskSetup {
    PortalPolicy policy();

    Optional<byte[]> logo();

    void recordStarted(String startedBy);

    static KioskSetup of(PolicyService policies, AuditLog audit, String terminalId) {
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
