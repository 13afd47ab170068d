package com.portaldesk.app.desks;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.staff.ActivitySource;
import com.portaldesk.ui.staff.AdminDesks;
import com.portaldesk.ui.staff.AuditDesk;
import com.portaldesk.ui.staff.BackupDesk;
import com.portaldesk.ui.staff.PolicyDesk;
import com.portaldesk.ui.staff.ReportDesk;
import com.portaldesk.ui.staff.StaffDirectory;
import com.portaldesk.ui.staff.WorkstationsDesk;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The admins' desks on the application's services. */
final class ServiceAdminDesks implements AdminDesks {
    private final AppContext app;

    ServiceAdminDesks(AppContext app) {
        this.app = app;
    }

    @Override
    public ActivitySource activity() {
        return ActivitySourceAdapter.of(
                app.audit(),
                () -> app.backupSchedule().health().warning(),
                () -> Stream.concat(
                                app.integrity().warnings().stream(), app.deliveryControl().passwordWarning().stream())
                        .toList());
    }

    @Override
    public AuditDesk audit() {
        return AuditDeskAdapter.of(
                app.audit(), app.auditNames(), app.checkpoints(), app.staffAccounts(), app.contacts());
    }

    @Override
    public ReportDesk reports(Supplier<Actor> actor) {
        return ReportDeskAdapter.of(app.safeguardsReports(), app.checkpointMail(), actor);
    }

    @Override
    public PolicyDesk policy(Actor admin) {
        return PolicyDeskAdapter.of(app.policies(), admin);
    }

    @Override
    public StaffDirectory staff(StaffSession admin) {
        return StaffDirectoryAdapter.of(app.staffAccounts(), admin, app.config().terminalId());
    }

    @Override
    public WorkstationsDesk workstations() {
        return includeClosed -> app.workstations().list(includeClosed);
    }

    @Override
    public BackupDesk backups(Supplier<Actor> actor) {
        return BackupDeskAdapter.of(app.backups(), app.backupSchedule(), actor);
    }
}
