package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.backup.Backups;
import com.portaldesk.backup.RecoveryKeys;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.CsvExport;
import com.portaldesk.delivery.ChannelRouter;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.insights.SignInInsights;
import com.portaldesk.report.CheckpointMail;
import com.portaldesk.report.SafeguardsReports;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.verify.Verification;
import com.portaldesk.workstations.Workstations;
import java.time.ZoneId;
import java.util.List;

/** What the commands need; the application's context provides it, so the CLI never builds services itself. */
public interface CliServices extends AutoCloseable {
    AppConfig config();

    ContactService contacts();

    ContactImport contactImport();

    CsvExport csvExport();

    AuditLog audit();

    /** Names the people of audit events. */
    AuditNames auditNames();

    /** Audit checkpoints this workstation kept outside the database. */
    CheckpointLog checkpoints();

    /** Backups of this database: create, verify. */
    Backups backups();

    /** The firm's automatic backups and how its backups stand. */
    BackupSchedule backupSchedule();

    /** The recovery key shown, saved as a sheet, confirmed. */
    RecoveryKeys recoveryKeys();

    PolicyService policies();

    Outbox outbox();

    ChannelRouter senders();

    /** Where the live delivery settings come from: the staff app's Delivery settings, or config.properties. */
    String deliverySource();

    /** The live mail path's credentials: a certificate's end date, what cannot be known, the password warning. */
    List<String> deliveryCredentials();

    Verification verification();

    /** The staff apps and kiosks that use this database. */
    Workstations workstations();

    /** Sign-in failures turned into next steps for the front desk. */
    default SignInInsights insights() {
        return new SignInInsights(audit(), contacts());
    }

    /** The audit checkpoint emailed to the firm's admin address each day. */
    CheckpointMail checkpointMail();

    /** The Safeguards evidence report, made and checked. */
    SafeguardsReports safeguardsReports();

    /** The office's time zone: report periods are its calendar days. */
    default ZoneId office() {
        return ZoneId.systemDefault();
    }

    /** Who acts from the command line: the operating-system account, on this terminal (see decision 0012). */
    default Actor actor() {
        return Actor.operatingSystemUser(config().terminalId());
    }

    @Override
    void close();
}
