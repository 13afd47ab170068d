package com.portaldesk.cli;

import com.portaldesk.backup.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The short report verify and restore print. */
final class BackupReports {
    private BackupReports() {}

    static void print(PrintWriter out, Path file, VerifyReport report) {
        var info = report.info();
        out.println((report.passed() ? "Backup is good: " : "Backup has problems: ") + file);
        out.println("  made        " + info.created() + " by " + info.createdBy() + " at " + info.terminal()
                + " (PortalDesk " + info.appVersion() + ", schema " + info.schemaVersion() + ", " + info.engine()
                + ")");
        out.println("  firm        " + info.firmName());
        out.printf(
                "  contacts    %,d (SSNs and PINs opened: %,d)%n",
                report.check().contacts(), report.check().secretsOpened());
        out.printf(
                "  audit log   %,d events, %s; checkpoint %s%n",
                report.check().auditEvents(),
                report.check().chainMessage(),
                report.manifest().checkpoint());
        out.printf(
                "  tables      %d, every row count as in the manifest%s%n",
                report.manifest().tables().size(), report.passed() ? "" : " (see below)");
        for (String problem : report.problems()) {
            out.println("  PROBLEM     " + problem);
        }
    }
}
