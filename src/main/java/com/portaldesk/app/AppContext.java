package com.portaldesk.app;

import com.portaldesk.app.desks.KioskDesks;
import com.portaldesk.app.desks.ServiceStaffDesks;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.audit.IntegrityWatch;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.backup.Backups;
import com.portaldesk.backup.RecoveryKeys;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.cli.CliServices;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.CsvExport;
import com.portaldesk.contacts.SsnReveal;
import com.portaldesk.delivery.ChannelRouter;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.insights.SignInInsights;
import com.portaldesk.report.CheckpointMail;
import com.portaldesk.report.SafeguardsReports;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.store.Database;
import com.portaldesk.ui.kiosk.KioskBackend;
import com.portaldesk.ui.staff.DeliveryControl;
import com.portaldesk.ui.staff.StaffDesks;
import com.portaldesk.verify.Verification;
import com.portaldesk.workstations.WorkstationKind;
import com.portaldesk.workstations.Workstations;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Builds each service once, in one place, for the staff app, the kiosk and the command line alike. */
public final class AppContext implements CliServices {
    /** See DeliveryDispatcher: a timer, not the client's thread, wakes the sender. */
    public static final Duration DELIVERY_HAND_OFF = Duration.ofMillis(20);

    private final AppConfig config;
    private final Database database;
    private final Services services;
    private final RunningJobs jobs = new RunningJobs();
    private boolean closed;

    private AppContext(AppConfig config, Database database, Opening opening) {
        this.config = config;
        this.database = database;
        this.services = new Services(config, database, opening);
    }

    public static AppContext open(AppConfig config) {
        return open(config, Opening.program());
    }

    /** For one command-line run (see {@link Opening#command()}). */
    public static AppContext openForCommand(AppConfig config) {
        return open(config, Opening.command());
    }

    public static AppContext open(AppConfig config, Opening opening) {
        LogFolder.use(config.dataDir());
        return openKeepingLogs(config, opening);
    }

    /**
     * A database other than the one this program works on (a backup restored to check it, the copy made by
     * migrate): this program's logs stay where they are, and it writes no audit checkpoints (see
     * {@link Opening#toCheck()}).
     */
    static AppContext openToCheck(AppConfig config) {
        return openKeepingLogs(config, Opening.toCheck());
    }

    private static AppContext openKeepingLogs(AppConfig config, Opening opening) {
        return new AppContext(config, Database.open(config, EntityClasses.all(), opening.shortRun()), opening);
    }

    @Override
    public AppConfig config() {
        return config;
    }

    public String databaseDescription() {
        return database.description();
    }

    @Override
    public ContactService contacts() {
        return services.contacts;
    }

    @Override
    public ContactImport contactImport() {
        return services.contactImport;
    }

    @Override
    public CsvExport csvExport() {
        return services.csvExport;
    }

    @Override
    public AuditLog audit() {
        return services.audit;
    }

    @Override
    public AuditNames auditNames() {
        return AuditNames.of(services.contacts::displayNames, services.staffAccounts::displayNames);
    }

    @Override
    public Backups backups() {
        return services.backups;
    }

    @Override
    public RecoveryKeys recoveryKeys() {
        return services.recoveryKeys;
    }

    @Override
    public BackupSchedule backupSchedule() {
        return services.backupSchedule;
    }

    /**
     * A staff app takes the firm's automatic backups: each minute it asks whether today's is due; on a shared
     * database the first workstation to claim it takes it (see BackupSchedule).
     */
    public void startScheduledBackups() {
        jobs.startDaily(services.backupSchedule, services.checkpointMail, config.terminalId());
    }

    @Override
    public CheckpointLog checkpoints() {
        return services.checkpoints;
    }

    @Override
    public PolicyService policies() {
        return services.policies;
    }

    @Override
    public Outbox outbox() {
        return services.outbox;
    }

    @Override
    public String deliverySource() {
        return services.delivery.source();
    }

    @Override
    public List<String> deliveryCredentials() {
        return services.delivery.credentialNotes();
    }

    @Override
    public ChannelRouter senders() {
        return services.senders;
    }

    @Override
    public Verification verification() {
        return services.verification;
    }

    public StaffAuth staffAuth() {
        return services.staffAuth;
    }

    public CheckInService checkIns() {
        return services.checkIns;
    }

    public ChangeRequests changeRequests() {
        return services.changeRequests;
    }

    /** The audit checkpoint emailed to the firm's admin address each day. */
    @Override
    public CheckpointMail checkpointMail() {
        return services.checkpointMail;
    }

    @Override
    public SafeguardsReports safeguardsReports() {
        return services.safeguardsReports;
    }

    public StaffAccounts staffAccounts() {
        return services.staffAccounts;
    }

    @Override
    public Workstations workstations() {
        return services.workstations;
    }

    /**
     * Puts this staff app or kiosk on the Workstations list until it closes. Command-line runs are not listed:
     * they last seconds and are not a workstation.
     */
    public void announce(WorkstationKind kind) {
        String terminal = kind == WorkstationKind.KIOSK ? config.kioskTerminalId() : config.terminalId();
        jobs.announce(services.workstations, kind, terminal);
    }

    /** The delivery settings screen's handle: saving switches the live senders at once. */
    public DeliveryControl deliveryControl() {
        return services.delivery.control(services.verification.testMessages());
    }

    /** What the kiosk needs; its terminal id is {@code kiosk.terminal-id}. */
    public KioskBackend kioskBackend() {
        return KioskDesks.of(this);
    }

    /** What the staff app's screens are given: desks on these services, never the services themselves. */
    public StaffDesks staffDesks() {
        return new ServiceStaffDesks(this);
    }

    /** The clock every service records events with. */
    public Clock clock() {
        return services.clock;
    }

    public SsnReveal ssnReveal() {
        return new SsnReveal(database.tx(), database.cipher(), services.audit);
    }

    /** The audit log's alarm and the product's other trust warnings, read afresh on each question. */
    public IntegrityWatch integrity() {
        return new IntegrityWatch(services.audit, services.checkpoints, config.dataDir());
    }

    public SignInInsights insights() {
        return new SignInInsights(services.audit, services.contacts);
    }

    /**
     * Lets codes still being sent go out, then closes the database. Only the first call does anything: a window's
     * stop and the JVM's shutdown hook (the session logging out, the computer shutting down) may both call it.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            jobs.stop();
            services.verification.close();
            services.checkpointing.write();
        } finally {
            database.close();
        }
    }
}
