package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.audit.IntegrityWatch;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.backup.Backups;
import com.portaldesk.backup.RecoveryKeys;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.CsvExport;
import com.portaldesk.contacts.SsnReveal;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.insights.SignInInsights;
import com.portaldesk.report.CheckpointMail;
import com.portaldesk.report.SafeguardsReports;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.verify.IdentityLocks;
import com.portaldesk.workstations.Workstations;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the staff screens need from the application, handed over by the app package; {@code clock} is the one the
 * services record events with, so a period on screen ("the last 30 days") means the same days.
 */
public record StaffServices(
        ContactService contacts,
        ContactImport contactImport,
        CsvExport csvExport,
        Outbox outbox,
        String databaseDescription,
        Path dataDir,
        StaffAuth staffAuth,
        StaffAccounts staffAccounts,
        PolicyService policies,
        AuditLog audit,
        IdentityLocks identityLocks,
        SsnReveal ssnReveal,
        DeliveryControl delivery,
        CheckInService checkIns,
        ChangeRequests changeRequests,
        AuditNames auditNames,
        CheckpointLog checkpoints,
        IntegrityWatch integrity,
        Workstations workstations,
        Backups backups,
        BackupSchedule backupSchedule,
        RecoveryKeys recoveryKeys,
        SignInInsights insights,
        SafeguardsReports safeguardsReports,
        CheckpointMail checkpointMail,
        Clock clock,
        String terminalId) {}
