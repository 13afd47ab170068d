package com.portaldesk.ui.staff;

import com.portaldesk.settings.FirmDetails;
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
}
