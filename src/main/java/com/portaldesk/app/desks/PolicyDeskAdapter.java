package com.portaldesk.app.desks;

import com.portaldesk.audit.Actor;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.ui.staff.PolicyDesk;
import java.util.Optional;

/** PolicyDesk on the application's services (the screens see only the interface). */
public final class PolicyDeskAdapter {
    private PolicyDeskAdapter() {}

    public static PolicyDesk of(PolicyService policies, Actor admin) {
        return new PolicyDesk() {
            @Override
            public PortalPolicy policy() {
                return policies.current();
            }

            @Override
            public FirmDetails firm() {
                return policies.firm();
            }

            @Override
            public Optional<byte[]> logo() {
                return policies.logo();
            }

            @Override
            public FirmDetails checked(FirmDetails typed) {
                return policies.checked(typed);
            }

            @Override
            public void save(PortalPolicy policy, FirmDetails firm) {
                policies.save(policy, admin);
                policies.saveFirm(firm, admin);
            }

            @Override
            public void saveLogo(byte[] file) {
                policies.saveLogo(file, admin);
            }
        };
    }
}
