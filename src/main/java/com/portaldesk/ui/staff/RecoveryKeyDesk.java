package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.RecoveryKeys;
import java.nio.file.Path;
import java.util.List;

/** What the recovery-key screen needs: the key in groups (each showing audited), the sheet, and the confirmation. */
public interface RecoveryKeyDesk {
    /** The key in groups of five, shown to the admin signed in here; {@code where} goes into the audit event. */
    List<String> show(String where);

    /** Which group (1-based) the admin is asked to type back. */
    int groupToConfirm();

    void saveSheet(Path pdf);

    boolean confirm(int group, String typed);

    static RecoveryKeyDesk of(RecoveryKeys keys, Actor admin) {
        return new RecoveryKeyDesk() {
            @Override
            public List<String> show(String where) {
                return keys.show(admin, where);
            }

            @Override
            public int groupToConfirm() {
                return keys.groupToConfirm();
            }

            @Override
            public void saveSheet(Path pdf) {
                keys.saveSheet(pdf, admin);
            }

            @Override
            public boolean confirm(int group, String typed) {
                return keys.confirm(admin, group, typed);
            }
        };
    }
}
