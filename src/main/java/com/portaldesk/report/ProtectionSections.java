package com.portaldesk.report;

import static com.portaldesk.report.ReportWords.count;
import static com.portaldesk.report.ReportWords.when;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.backup.BackupRecord;
import com.portaldesk.backup.BackupStatus;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.report.ReportBlock.Finding;
import com.portaldesk.report.ReportBlock.Paragraph;
import com.portaldesk.report.ReportBlock.Table;
import java.util.ArrayList;
import java.util.List;

/** The report's sections on keeping client data safe at rest: encryption with its live check, and backups. */
final class ProtectionSections {
    /** The backups listed one by one; the counts above the list cover them all. */
    static final int BACKUPS_LISTED = 40;

    private ProtectionSections() {}

    static ReportSection encryption(SafeguardsFacts facts) {
        SafeguardsFacts.Encryption encryption = facts.encryption();
        ContactService.SecretCheck secrets = encryption.secrets();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Client data is kept in " + encryption.database() + ". The fields below are "
                + "encrypted before they are written, so a copy of the database alone does not reveal them."));
        blocks.add(new Table(
                List.of("What", "How it is protected"),
                List.of(
                        List.of(
                                "Social Security numbers, last fours and PINs",
                                "AES-256-GCM, a fresh random nonce per value;"
                                        + " looked up by a keyed HMAC-SHA256, never stored in the clear"),
                        List.of("Notes clients leave with change requests", "AES-256-GCM"),
                        List.of("Codes waiting to be sent", "AES-256-GCM, wiped once delivery is final"),
                        List.of("Staff second-factor secrets, Twilio token, SMTP password", "AES-256-GCM"),
                        List.of("Staff passwords", "Argon2id hashes (cannot be turned back into passwords)"),
                        List.of("Backups", "the whole file, AES-256-GCM in chunks under a key made for each backup")),
                List.of(0.42f, 0.58f),
                "-"));
        blocks.add(new Paragraph("All of these keys come from one 256-bit master key in the key file portaldesk.key, "
                + "with a separate key derived for each purpose. A recovery key written on paper can rebuild the key "
                + "file if it is lost."));
        blocks.add(new Paragraph("Live check at report time:"));
        long stored = secrets.opened() + secrets.failed();
        blocks.add(new Finding(
                secrets.failed() == 0
                        ? "All " + count(stored) + " stored SSNs, last fours and PINs opened with the key in use."
                        : count(secrets.failed()) + " of " + count(stored)
                                + " stored SSNs, last fours and PINs did NOT open " + "with the key in use.",
                secrets.failed() > 0));
        blocks.add(new Finding(
                "The key file is " + encryption.keyFile().words() + ".",
                !encryption.keyFile().sound()));
        return new ReportSection("Encryption of customer information", "16 CFR 314.4(c)(3)", blocks);
    }

    static ReportSection backups(SafeguardsFacts facts) {
        SafeguardsFacts.Backups backups = facts.backups();
        List<BackupRecord> taken = backups.inPeriod();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("A backup is one encrypted file holding every contact, setting and audit event. "
                + "Each is checked after it is written by opening it whole. Automatic daily backups are "
                + (backups.scheduled() ? "on." : "OFF.")));
        blocks.add(new Table(
                List.of("Backups in the period", "Number"),
                List.of(
                        List.of("Backups taken", count(facts.tally().count(AuditEventType.BACKUP_CREATED))),
                        List.of(
                                "Backup checks passed",
                                count(taken.stream()
                                        .filter(b -> b.status() == BackupStatus.VERIFIED)
                                        .count())),
                        List.of("Backups that failed", count(facts.tally().count(AuditEventType.BACKUP_FAILED))),
                        List.of("Restores", count(facts.tally().count(AuditEventType.BACKUP_RESTORED)))),
                List.of(0.7f, 0.3f),
                "-"));
        backups.health()
                .newestGood()
                .ifPresent(good -> blocks.add(new Finding(
                        "The newest good backup was taken "
                                + when(good.createdAt(), facts.period().zone()) + ", "
                                + ReportWords.age(good.createdAt(), facts.generatedAt()) + " before this report.",
                        false)));
        backups.health().warning().ifPresent(warning -> blocks.add(new Finding(warning, true)));
        blocks.add(new Table(
                List.of("Taken", "By", "Result", "Contacts", "Events"),
                taken.stream()
                        .limit(BACKUPS_LISTED)
                        .map(b -> List.of(
                                when(b.createdAt(), facts.period().zone()),
                                facts.who(b.createdBy()) + (b.scheduled() ? " (daily)" : ""),
                                result(b),
                                count(b.contacts()),
                                count(b.auditEvents())))
                        .toList(),
                List.of(0.2f, 0.26f, 0.3f, 0.12f, 0.12f),
                "No backup was taken in the period."));
        if (taken.size() > BACKUPS_LISTED) {
            blocks.add(new Paragraph("The " + BACKUPS_LISTED + " newest of " + count(taken.size()) + " are listed."));
        }
        return new ReportSection(
                "Backups", "16 CFR 314.4(d)(1) monitoring of key controls; IRS Publication 4557", blocks);
    }

    private static String result(BackupRecord backup) {
        return switch (backup.status()) {
            case VERIFIED -> "checked, good";
            case CREATED -> "written, not checked";
            case FAILED -> "FAILED: " + backup.detail();
        };
    }
}
