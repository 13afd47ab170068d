package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.staff.StaffSession;
import java.util.function.Supplier;

/** What the admins' tabs are given, desk by desk: {@link AdminTabs} hands each screen only its own. */
public interface AdminDesks {
    ActivitySource activity();

    AuditDesk audit();

    ReportDesk reports(Supplier<Actor> actor);

    PolicyDesk policy(Actor admin);

    StaffDirectory staff(StaffSession admin);

    WorkstationsDesk workstations();

    BackupDesk backups(Supplier<Actor> actor);
}
