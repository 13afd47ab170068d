package com.portaldesk.app;

import com.portaldesk.app.desks.ClientCodesAdapter;
import com.portaldesk.app.desks.ClientDeskAdapter;
import com.portaldesk.app.desks.KioskSetupAdapter;
import com.portaldesk.app.desks.ServiceStaffDesks;
import com.portaldesk.app.desks.StaffGateAdapter;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.audit.IntegrityWatch;
import com.portaldesk.backup.BackupHistory;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.backup.Backups;
import com.portaldesk.backup.RecoveryKeys;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.cli.CliServices;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.AppVersion;
import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.CsvExport;
import com.portaldesk.contacts.SignInLookup;
import com.portaldesk.contacts.SsnReveal;
import com.portaldesk.delivery.ChannelRouter;
import com.portaldesk.delivery.DeliverySettingsService;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.insights.SignInInsights;
import com.portaldesk.report.CheckpointMail;
import com.portaldesk.report.SafeguardsFactsReader;
import com.portaldesk.report.SafeguardsReports;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.staff.PasswordHasher;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.store.Database;
import com.portaldesk.ui.kiosk.KioskBackend;
import com.portaldesk.ui.staff.DeliveryControl;
import com.portaldesk.ui.staff.StaffDesks;
import com.portaldesk.verify.Verification;
import com.portaldesk.workstations.WorkstationIdentity;
import com.portaldesk.workstations.WorkstationKind;
import com.portaldesk.workstations.WorkstationPresence;
import com.portaldesk.workstations.Workstations;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds each service once, in one place, for the staff app, the kiosk and the command line alike. */
public final class AppContext implements CliServices {
    /** See DeliveryDispatcher: a timer, not the client's thread, wakes the sender. */
    public static final Duration DELIVERY_HAND_OFF = Duration.ofMillis(20);
    /** The schema version that added the audit head's seal (V9__audit_head_seal.sql). */
    private static final String AUDIT_SEAL_VERSION = "9";

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final AppConfig config;
    private final Database database;
    private final CheckpointMail checkpointMail;
    private final SafeguardsReports safeguardsReports;
    private final ContactService contacts;
    private final ContactImport contactImport;
    private final CsvExport csvExport;
    private final AuditLog audit;
    private final CheckpointLog checkpoints;
    private final PolicyService policies;
    private final Outbox outbox;
    private final ChannelRouter senders;
    private final LiveDelivery delivery;
    private final Verification verification;
    private final StaffAuth staffAuth;
    private final StaffAccounts staffAccounts;
    private final CheckInService checkIns;
    private final ChangeRequests changeRequests;
    private final Workstations workstations;
    private final Backups backups;
    private final BackupSchedule backupSchedule;
    private final RecoveryKeys recoveryKeys;
    private volatile DailyJobs dailyJobs;
    private volatile WorkstationPresence presence;
    private boolean closed;
    private final boolean keepsCheckpoints;
    /** The clock every service records with; screens showing a period use it too. */
    private final Clock clock;

    private AppContext(AppConfig config, Database database, Opening opening) {
        Clock clock = opening.clock();
        PasswordHasher passwords = opening.passwords();
        this.config = config;
        this.keepsCheckpoints = opening.keepsCheckpoints();
        this.database = database;
        this.clock = clock;
        this.audit = new AuditLog(database.tx(), database.cipher(), clock);
        if (database.migratedNow(AUDIT_SEAL_VERSION)) {
            audit.sealHeadAfterUpgrade();
        }
        this.checkpoints = new CheckpointLog(
                config.dataDir().resolve("logs"),
                checkpointDatabase(config, database),
                config.dbUrl().isEmpty());
        writeCheckpoint();
        this.contacts = new ContactService(database.tx(), database.cipher(), config.phoneDefaultRegion(), clock, audit);
        this.contactImport = new ContactImport(contacts);
        this.csvExport = new CsvExport(contacts);
        this.policies = new PolicyService(database.tx(), audit, clock, config.phoneDefaultRegion());
        this.outbox = new Outbox(database.tx(), clock);
        this.delivery = new LiveDelivery(
                config, new DeliverySettingsService(database.tx(), database.cipher(), audit, clock), outbox, clock);
        this.senders = delivery.senders();
        this.verification = new Verification(
                database.tx(),
                database.cipher(),
                policies,
                new SignInLookup(database.cipher()),
                audit,
                new Verification.Sending(senders, opening.deliveryThreads(), opening.handOffDelay()),
                clock);
        this.staffAuth = new StaffAuth(database.tx(), database.cipher(), policies, audit, passwords, clock);
        this.staffAccounts = new StaffAccounts(database.tx(), audit, passwords, clock);
        this.checkIns = new CheckInService(database.tx(), verification.sessions(), contacts, audit, clock);
        this.changeRequests =
                new ChangeRequests(database.tx(), database.cipher(), verification.sessions(), audit, clock);
        this.workstations = new Workstations(database.tx(), clock);
        this.backups = new Backups(
                database,
                config,
                audit,
                policies::firmName,
                new RestoredDatabaseCheck(Actor.operatingSystemUser(config.terminalId())),
                clock);
        this.backupSchedule = new BackupSchedule(database.tx(), backups, audit, clock, ZoneId.systemDefault());
        this.recoveryKeys = new RecoveryKeys(database.tx(), audit, config.dataDir(), policies::firmName, clock);
        this.checkpointMail =
                new CheckpointMail(database.tx(), audit, checkpoints, senders, clock, ZoneId.systemDefault());
        this.safeguardsReports = new SafeguardsReports(
                new SafeguardsFactsReader(
                        new SafeguardsFactsReader.Sources(
                                audit,
                                checkpoints,
                                policies,
                                staffAccounts,
                                contacts,
                                backups,
                                backupSchedule,
                                config.dataDir(),
                                config.dbUrl()),
                        clock),
                audit);
    }

    /**
     * The database a checkpoint is about, as every path to it names it alike: the embedded one by its folder's real
     * path (a link or a relative path to the same folder is the same database), a shared one by its URL.
     */
    private static String checkpointDatabase(AppConfig config, Database database) {
        if (!config.dbUrl().isEmpty()) {
            return database.description();
        }
        try {
            return "embedded " + config.dataDir().toRealPath();
        } catch (IOException e) {
            return "embedded " + config.dataDir().toAbsolutePath().normalize();
        }
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
        List<Class<?>> entities = new ArrayList<>(ContactService.entityClasses());
        entities.addAll(AuditLog.entityClasses());
        entities.addAll(PolicyService.entityClasses());
        entities.addAll(Outbox.entityClasses());
        entities.addAll(Verification.entityClasses());
        entities.addAll(StaffAuth.entityClasses());
        entities.addAll(DeliverySettingsService.entityClasses());
        entities.addAll(CheckInService.entityClasses());
        entities.addAll(ChangeRequests.entityClasses());
        entities.addAll(Workstations.entityClasses());
        entities.addAll(CheckpointMail.entityClasses());
        entities.addAll(BackupHistory.entityClasses());
        entities.addAll(RecoveryKeys.entityClasses());
        return new AppContext(config, Database.open(config, entities, opening.shortRun()), opening);
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
        return contacts;
    }

    @Override
    public ContactImport contactImport() {
        return contactImport;
    }

    @Override
    public CsvExport csvExport() {
        return csvExport;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public AuditNames auditNames() {
        return new AuditNames(new AuditNames.Lookup() {
            @Override
            public Map<UUID, String> contacts(Collection<UUID> ids) {
                return contacts.displayNames(ids);
            }

            @Override
            public Map<String, String> staff(Collection<String> usernames) {
                return staffAccounts.displayNames(usernames);
            }
        });
    }

    @Override
    public Backups backups() {
        return backups;
    }

    @Override
    public RecoveryKeys recoveryKeys() {
        return recoveryKeys;
    }

    @Override
    public BackupSchedule backupSchedule() {
        return backupSchedule;
    }

    /**
     * A staff app takes the firm's automatic backups: each minute it asks whether today's is due; on a shared
     * database the first workstation to claim it takes it (see BackupSchedule).
     */
    public void startScheduledBackups() {
        dailyJobs = new DailyJobs(backupSchedule, checkpointMail, config.terminalId());
    }

    @Override
    public CheckpointLog checkpoints() {
        return checkpoints;
    }

    /** Records how far the audit log has come, outside the database (see CheckpointLog). */
    private void writeCheckpoint() {
        if (!keepsCheckpoints) {
            return;
        }
        try {
            // A database rolled back to an older copy carries a genuinely sealed head: only the checkpoints this
            // workstation kept can tell, so they are compared at every start and close, and any contradiction is
            // an alarm in the log (and on the staff app's screen, see IntegrityWatch).
            audit.contradictedBy(checkpoints.all()).ifPresent(problem -> LOG.error("AUDIT LOG ALARM: {}", problem));
            checkpoints.append(audit.checkpoint());
        } catch (RuntimeException e) {
            LOG.error("No audit checkpoint was written: {}", e.getMessage(), e);
        }
    }

    @Override
    public PolicyService policies() {
        return policies;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public String deliverySource() {
        return delivery.source();
    }

    @Override
    public List<String> deliveryCredentials() {
        return delivery.credentialNotes();
    }

    @Override
    public ChannelRouter senders() {
        return senders;
    }

    @Override
    public Verification verification() {
        return verification;
    }

    public StaffAuth staffAuth() {
        return staffAuth;
    }

    public CheckInService checkIns() {
        return checkIns;
    }

    public ChangeRequests changeRequests() {
        return changeRequests;
    }

    /** The audit checkpoint emailed to the firm's admin address each day. */
    @Override
    public CheckpointMail checkpointMail() {
        return checkpointMail;
    }

    @Override
    public SafeguardsReports safeguardsReports() {
        return safeguardsReports;
    }

    public StaffAccounts staffAccounts() {
        return staffAccounts;
    }

    @Override
    public Workstations workstations() {
        return workstations;
    }

    /**
     * Puts this staff app or kiosk on the Workstations list until it closes. Command-line runs are not listed:
     * they last seconds and are not a workstation.
     */
    public void announce(WorkstationKind kind) {
        String terminal = kind == WorkstationKind.KIOSK ? config.kioskTerminalId() : config.terminalId();
        presence = WorkstationPresence.announce(
                workstations,
                new WorkstationIdentity(
                        kind, terminal, hostName(), System.getProperty("user.name"), AppVersion.current()),
                Workstations.HEARTBEAT);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("COMPUTERNAME", System.getenv("HOSTNAME"));
        }
    }

    /** The delivery settings screen's handle: saving switches the live senders at once. */
    public DeliveryControl deliveryControl() {
        return delivery.control(verification.testMessages());
    }

    /** What the kiosk needs; its terminal id is {@code kiosk.terminal-id}. */
    public KioskBackend kioskBackend() {
        String terminal = config.kioskTerminalId();
        return new KioskBackend(
                ClientCodesAdapter.of(verification.engine(), verification.codeCheck(), terminal),
                ClientDeskAdapter.of(contacts, checkIns, changeRequests, verification.sessions(), terminal),
                KioskSetupAdapter.of(policies, audit, terminal),
                StaffGateAdapter.of(staffAuth, audit, terminal));
    }

    /** What the staff app's screens are given: desks on these services, never the services themselves. */
    public StaffDesks staffDesks() {
        return new ServiceStaffDesks(this);
    }

    /** The clock every service records events with. */
    public Clock clock() {
        return clock;
    }

    public SsnReveal ssnReveal() {
        return new SsnReveal(database.tx(), database.cipher(), audit);
    }

    /** The audit log's alarm and the product's other trust warnings, read afresh on each question. */
    public IntegrityWatch integrity() {
        return new IntegrityWatch(audit, checkpoints, config.dataDir());
    }

    public SignInInsights insights() {
        return new SignInInsights(audit, contacts);
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
            if (dailyJobs != null) {
                dailyJobs.stop();
            }
            if (presence != null) {
                presence.close();
            }
            verification.close();
            writeCheckpoint();
        } finally {
            database.close();
        }
    }
}
