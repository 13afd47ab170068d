package com.portaldesk.ui.staff;

import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffSession;
import java.time.Duration;

/**
 * What the idle lock needs: to say in the audit log that it covered the window, and to let the same person back in
 * with the usual checks, audited as an unlock rather than as a new sign-in.
 */
public interface LockDesk {
    void lockedWhileAway(StaffSession session, Duration idle);

    SignInResult unlock(String username, char[] password);

    SignInResult secondFactor(String pending, String code);
}
