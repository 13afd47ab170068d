package com.portaldesk.ui.kiosk;

import com.portaldesk.settings.PortalPolicy;
import java.util.Optional;

/** What the kiosk reads about itself: the policy (channels, idle time), the firm's logo; and its start, audited. */
public interface KioskSetup {
    PortalPolicy policy();

    Optional<byte[]> logo();

    void recordStarted(String startedBy);
}
