package com.portaldesk.app;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.backup.Backups;
import com.portaldesk.backup.RecoveryKeys;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.CsvExport;
import com.portaldesk.contacts.SignInLookup;
import com.portaldesk.delivery.ChannelRouter;
import com.portaldesk.delivery.DeliverySettingsService;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.report.CheckpointMail;
import com.portaldesk.report.SafeguardsFactsReader;
import com.portaldesk.report.SafeguardsReports;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.staff.PasswordHasher;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.store.Database;
import com.portaldesk.verify.Verification;
import com.portaldesk.workstations.Workstations;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The services on one database, each built once, in the order they need each other: the object graph the staff app,
 * the kiosk and the command line share. {@link AppContext} opens and closes it and is its public face.
 */
final class Services {
    /** The schema version that added the audit head's seal (V9__audit_head_seal.sql). */
    private static final String AUDIT_SEAL_VERSION = "9";

    final CheckpointMail checkpointMail;
    final SafeguardsReports safeguardsReports;
    final ContactService contacts;
    final ContactImport contactImport;
    final CsvExport csvExport;
    final AuditLog audit;
    final CheckpointLog checkpoints;
    final AuditCheckpointing checkpointing;
    final PolicyService policies;
    final Outbox outbox;
    final ChannelRouter senders;
    final LiveDelivery delivery;
    final Verification verification;
    final StaffAuth staffAuth;
    final StaffAccounts staffAccounts;
    final CheckInService checkIns;
    final ChangeRequests changeRequests;
    final Workstations workstations;
    final Backups backups;
    final BackupSchedule backupSchedule;
    final RecoveryKeys recoveryKeys;
    /** The clock every service records with; screens showing a period use it too. */
    final Clock clock;

    Services(AppConfig config, Database database, Opening opening) {
        Clock clock = opening.clock();
        PasswordHasher passwords = opening.passwords();
        this.clock = clock;
        this.audit = new AuditLog(database.tx(), database.cipher(), clock);
        if (database.migratedNow(AUDIT_SEAL_VERSION)) {
            audit.sealHeadAfterUpgrade();
        }
        this.checkpoints = AuditCheckpointing.logFor(config, database);
        // Compared and written before anything else is built: a service that fails to start cannot skip the check.
        this.checkpointing = new AuditCheckpointing(audit, checkpoints, opening.keepsCheckpoints());
        checkpointing.write();
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
}
