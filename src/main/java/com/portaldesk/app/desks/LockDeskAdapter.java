package com.portaldesk.app.desks;

import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.staff.LockDesk;
import java.time.Duration;

/** LockDesk on the application's services (the screens see only the interface). */
public final class LockDeskAdapter {
    private LockDeskAdapter() {}

    public static LockDesk of(StaffAuth auth, String terminal) {
        return new LockDesk() {
            @Override
            public void lockedWhileAway(StaffSession session, Duration idle) {
                auth.lockedWhileAway(session, idle, terminal);
            }

            @Override
            public SignInResult unlock(String username, char[] password) {
                return auth.unlock(username, password, terminal);
            }

            @Override
            public SignInResult secondFactor(String pending, String code) {
                return auth.secondFactor(pending, code, terminal);
            }
        };
    }
}
