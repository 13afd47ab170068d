package com.portaldesk.app.desks;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.RecoveryKeys;
import com.portaldesk.ui.staff.RecoveryKeyDesk;
import java.nio.file.Path;
import java.util.List;

/** RecoveryKeyDesk on the application's services (the screens see only the interface). */
public final class RecoveryKeyDeskAdapter {
    private RecoveryKeyDeskAdapter() {}

    public static RecoveryKeyDesk of(RecoveryKeys keys, Actor admin) {
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
