package com.portaldesk.report;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditIntegrityException;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.backup.Backups;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.store.KeyFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the facts of a Safeguards report, runs its live checks, and takes the checkpoint printed on it. */
public final class SafeguardsFactsReader {
    /** The most events of one kind listed one by one (the counts come from the database and have no limit). */
    static final int MOST_LISTED = 50_000;

    /** What the reader reads from. */
    public record Sources(
            AuditLog audit,
            CheckpointLog checkpoints,
            PolicyService policies,
            StaffAccounts staff,
            ContactService contacts,
            Backups backups,
            BackupSchedule backupSchedule,
            Path dataDir,
            String databaseUrl) {}

    private final Sources from;
    private final Clock clock;

    public SafeguardsFactsReader(Sources from, Clock clock) {
        this.from = from;
        this.clock = clock;
    }

    public SafeguardsFacts read(ReportPeriod period, Actor by) {
        AuditLog audit = from.audit();
        var start = period.start();
        var end = period.end();
        return new SafeguardsFacts(
                new SafeguardsFacts.Firm(
                        from.policies().firmName(), from.policies().logo()),
                period,
                clock.instant(),
                by,
                PolicyService.inForce(from.policies().current()),
                settingChanges(period),
                from.staff().list(),
                Stream.of(AuditEventType.STAFF_SIGNED_IN, AuditEventType.STAFF_APP_UNLOCKED)
                        .flatMap(type -> list(type, period).stream()) // a recovery code opens the idle lock too
                        .filter(e -> e.detail() != null && e.detail().contains("recovery code"))
                        .sorted(Comparator.comparingLong(AuditEntry::seq).reversed())
                        .toList(),
                audit.tally(start, end),
                new SafeguardsFacts.ClientSignIns(
                        audit.times(AuditEventType.CHECK_APPROVED, start, end), audit.approvalsByChannel(start, end)),
                integrity(period),
                new SafeguardsFacts.Encryption(
                        from.contacts().checkSecrets(),
                        KeyFile.protection(from.dataDir()),
                        databaseInWords(from.databaseUrl())),
                list(AuditEventType.DELIVERY_FAILED, period),
                new SafeguardsFacts.Backups(
                        from.backups().history().between(start, end),
                        from.backupSchedule().health(),
                        from.backupSchedule().plan().enabled()),
                repeatedLocks(period));
    }

    /** Policy, delivery, firm and backup-plan changes: each event says what changed, old → new. */
    private List<AuditEntry> settingChanges(ReportPeriod period) {
        List<AuditEntry> changes = new ArrayList<>(list(AuditEventType.POLICY_CHANGED, period));
        changes.addAll(list(AuditEventType.BACKUP_PLAN_CHANGED, period));
        changes.sort(Comparator.comparingLong(AuditEntry::seq));
        return changes;
    }

    /**
     * Verifies the whole chain against every checkpoint this workstation kept, then takes a new checkpoint for
     * the report (also kept in the logs folder). A log that cannot be checkpointed is reported, not hidden.
     */
    private SafeguardsFacts.Integrity integrity(ReportPeriod period) {
        AuditLog audit = from.audit();
        ChainVerification chain = audit.verifyChain((done, total) -> {}, from.checkpoints(), List.of());
        Optional<Checkpoint> checkpoint = Optional.empty();
        if (chain.intact()) {
            try {
                checkpoint = Optional.of(audit.checkpoint());
                from.checkpoints().append(checkpoint.get());
            } catch (AuditIntegrityException e) {
                checkpoint = Optional.empty();
            }
        }
        return new SafeguardsFacts.Integrity(audit.span(period.start(), period.end()), chain, checkpoint);
    }

    /** Clients whose identity was locked more than once in the period: name → times. */
    private Map<String, Long> repeatedLocks(ReportPeriod period) {
        Map<UUID, Long> counts = list(AuditEventType.IDENTITY_LOCKED, period).stream()
                .map(AuditEntry::contactId)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(id -> id, LinkedHashMap::new, Collectors.counting()));
        counts.values().removeIf(count -> count < 2);
        if (counts.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = from.contacts().displayNames(counts.keySet());
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach(
                (id, count) -> byName.merge(names.getOrDefault(id, "A contact no longer on file"), count, Long::sum));
        return byName;
    }

    private List<AuditEntry> list(AuditEventType type, ReportPeriod period) {
        return from.audit().list(new AuditQuery(period.start(), period.end(), type, null, null, MOST_LISTED));
    }

    static String databaseInWords(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "a shared PostgreSQL server (" + jdbcUrl.replaceFirst("\\?.*$", "") + ")";
        }
        return "the embedded H2 database in the data folder";
    }
}
