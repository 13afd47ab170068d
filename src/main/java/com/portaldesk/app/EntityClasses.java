package com.portaldesk.app;

import com.portaldesk.audit.AuditLog;
import com.portaldesk.backup.BackupHistory;
import com.portaldesk.backup.RecoveryKeys;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.delivery.DeliverySettingsService;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.report.CheckpointMail;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.verify.Verification;
import com.portaldesk.workstations.Workstations;
import java.util.List;
import java.util.stream.Stream;

/** Every table Hibernate maps, as each service that owns some names them. */
final class EntityClasses {
    private EntityClasses() {}

    static List<Class<?>> all() {
        return Stream.of(
                        ContactService.entityClasses(),
                        AuditLog.entityClasses(),
                        PolicyService.entityClasses(),
                        Outbox.entityClasses(),
                        Verification.entityClasses(),
                        StaffAuth.entityClasses(),
                        DeliverySettingsService.entityClasses(),
                        CheckInService.entityClasses(),
                        ChangeRequests.entityClasses(),
                        Workstations.entityClasses(),
                        CheckpointMail.entityClasses(),
                        BackupHistory.entityClasses(),
                        RecoveryKeys.entityClasses())
                .<Class<?>>flatMap(List::stream)
                .toList();
    }
}
