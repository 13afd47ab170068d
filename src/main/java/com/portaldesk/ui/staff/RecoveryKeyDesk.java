package com.portaldesk.ui.staff;

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
}
