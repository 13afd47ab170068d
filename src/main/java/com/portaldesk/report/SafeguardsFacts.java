package com.portaldesk.report;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditSpan;
import com.portaldesk.audit.AuditTally;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.backup.BackupHistory;
import com.portaldesk.backup.BackupRecord;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.store.KeyFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the Safeguards report states, read once at report time: what the firm set, what the audit log holds for
 * the period, and the live checks. The report's sentences are written from these facts alone.
 */
public record SafeguardsFacts(
        Firm firm,
        ReportPeriod period,
        Instant generatedAt,
        Actor generatedBy,
        List<Map.Entry<String, String>> policy,
        List<AuditEntry> settingChanges,
        List<StaffAccount> staff,
        List<AuditEntry> recoveryCodeSignIns,
        AuditTally tally,
        ClientSignIns clientSignIns,
        Integrity integrity,
        Encryption encryption,
        List<AuditEntry> deliveryFailures,
        Backups backups,
        Map<String, Long> repeatedLocks) {

    /** Who did something, as the report names them: "Maria Gomez (maria)" for a staff account, else as recorded. */
    public String who(String actor) {
        return staff.stream()
                .filter(s -> s.username().equals(actor))
                .findFirst()
                .map(s -> s.displayName() + " (" + s.username() + ")")
                .orElseGet(() -> ReportWords.who(actor));
    }

    /** The firm as the report's cover shows it. */
    public record Firm(String name, Optional<byte[]> logo) {}

    /** When each client signed in, and by which channel their code went ("SMS", "EMAIL"). */
    public record ClientSignIns(List<Instant> times, Map<String, Long> byChannel) {}

    /** The audit log checked at report time, and the checkpoint taken for the report. */
    public record Integrity(AuditSpan span, ChainVerification chain, Optional<Checkpoint> checkpoint) {}

    /** The live check of encryption at rest. */
    public record Encryption(ContactService.SecretCheck secrets, KeyFile.Protection keyFile, String database) {}

    /** The backups taken or tried in the period, and how they stand now. */
    public record Backups(List<BackupRecord> inPeriod, BackupHistory.Health health, boolean scheduled) {}
}
