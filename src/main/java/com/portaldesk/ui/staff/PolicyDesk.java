package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import java.util.Optional;

/** What the Security settings screen needs: the policy, the firm's details and logo; each change audited with who. */
public interface PolicyDesk {
    PortalPolicy policy();

    FirmDetails firm();

    Optional<byte[]> logo();

    /** The firm's details as they would be stored; refused with a message a person can act on. */
    FirmDetails checked(FirmDetails typed);

    void save(PortalPolicy policy, FirmDetails firm);

    /** Stores the picture in this file as the logo (null removes it); refused if it is not a usable picture. */
    void saveLogo(byte[] file);

    static PolicyDesk of(PolicyService policies, Actor admin) {
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
