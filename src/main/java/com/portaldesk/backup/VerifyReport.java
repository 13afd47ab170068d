package com.portaldesk.backup;

import java.util.List;
import java.util.Map;

/** What reading a backup and restoring it somewhere showed; passed only when nothing is listed in problems. */
public record VerifyReport(
        BackupInfo info,
        BackupManifest manifest,
        Map<String, Long> loaded,
        RestoredCheck.Result check,
        List<String> problems) {
    public boolean passed() {
        return problems.isEmpty();
    }

    /** One line for the audit log and the screen. */
    public String summary() {
        String counts = check.contacts() + " contacts, " + check.auditEvents() + " audit events, "
                + check.secretsOpened() + " SSNs and PINs opened";
        return passed() ? counts : counts + "; " + String.join("; ", problems);
    }
}
