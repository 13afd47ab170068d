package com.portaldesk.app.desks;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.staff.StaffDirectory;
import java.util.List;
import java.util.UUID;

/** StaffDirectory on the application's services (the screens see only the interface). */
public final class StaffDirectoryAdapter {
    private StaffDirectoryAdapter() {}

    public static StaffDirectory of(StaffAccounts accounts, StaffSession admin, String terminal) {
        return new StaffDirectory() {
            @Override
            public List<StaffAccount> list() {
                return accounts.list();
            }

            @Override
            public void add(String username, String displayName, Role role, char[] firstPassword) {
                accounts.add(admin, username, displayName, role, firstPassword, terminal);
            }

            @Override
            public void setDisabled(UUID id, boolean disabled) {
                accounts.setDisabled(admin, id, disabled, terminal);
            }

            @Override
            public void changeRole(UUID id, Role role) {
                accounts.changeRole(admin, id, role, terminal);
            }

            @Override
            public void resetPassword(UUID id, char[] password) {
                accounts.resetPassword(admin, id, password, terminal);
            }

            @Override
            public void resetMfa(UUID id) {
                accounts.resetMfa(admin, id, terminal);
            }

            @Override
            public void unlock(UUID id) {
                accounts.unlock(admin, id, terminal);
            }
        };
    }
}
