package com.portaldesk.ui.staff;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.staff.StaffSession;
import java.util.List;
import java.util.UUID;

/**
 * What the Staff screen does with accounts, as the signed-in admin at this workstation (the adapter binds both, so
 * the screen cannot act as anyone else). Every call is checked and audited by {@link StaffAccounts}.
 */
public interface StaffDirectory {
    List<StaffAccount> list();

    void add(String username, String displayName, Role role, char[] firstPassword);

    void setDisabled(UUID id, boolean disabled);

    void changeRole(UUID id, Role role);

    void resetPassword(UUID id, char[] password);

    void resetMfa(UUID id);

    void unlock(UUID id);

    static StaffDirectory of(StaffAccounts accounts, StaffSession admin, String terminal) {
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
