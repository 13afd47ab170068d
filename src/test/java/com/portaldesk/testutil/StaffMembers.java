package com.portaldesk.testutil;

import com.portaldesk.app.AppContext;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffSession;
import java.util.UUID;

/** Staff accounts as a real member leaves them after the first sign-in: with a password of their own. */
public final class StaffMembers {
    private static final String GIVEN_BY_ADMIN = "given by the admin 7";

    private StaffMembers() {}

    /** Added by an admin, then signed in once to choose {@code ownPassword} (no second factor enrolled). */
    public static StaffAccount withOwnPassword(
            AppContext context, String username, String displayName, Role role, String ownPassword) {
        StaffAccount account = context.staffAccounts()
                .add(
                        new StaffSession(UUID.randomUUID(), "setup", "Setup", Role.ADMIN, false),
                        username,
                        displayName,
                        role,
                        GIVEN_BY_ADMIN.toCharArray(),
                        "test");
        SignInResult first = context.staffAuth().signIn(username, GIVEN_BY_ADMIN.toCharArray(), "test");
        if (first.status() != SignInResult.Status.NEED_NEW_PASSWORD) {
            throw new IllegalStateException("Expected a new password to be asked for, got " + first.status());
        }
        context.staffAuth()
                .choosePassword(
                        first.pending().orElseThrow(), ownPassword.toCharArray(), ownPassword.toCharArray(), "test");
        return account;
    }
}
