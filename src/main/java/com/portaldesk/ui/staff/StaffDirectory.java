package com.portaldesk.ui.staff;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffAccounts;
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
}
