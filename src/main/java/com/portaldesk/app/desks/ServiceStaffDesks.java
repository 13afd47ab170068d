package com.portaldesk.app.desks;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.checkin.ChangeRequestRecord;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Email;
import com.portaldesk.insights.Insight;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.staff.AdminDesks;
import com.portaldesk.ui.staff.CheckInDesk;
import com.portaldesk.ui.staff.ContactActivityDesk;
import com.portaldesk.ui.staff.ContactDirectory;
import com.portaldesk.ui.staff.ContactEditor;
import com.portaldesk.ui.staff.ContactImporter;
import com.portaldesk.ui.staff.DeliveryControl;
import com.portaldesk.ui.staff.LockDesk;
import com.portaldesk.ui.staff.OutboxDesk;
import com.portaldesk.ui.staff.RequestDesk;
import com.portaldesk.ui.staff.StaffDesks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The staff app's desks on the application's services: the one place the screens' needs meet the services. */
public final class ServiceStaffDesks implements StaffDesks {
    private final AppContext app;

    public ServiceStaffDesks(AppContext app) {
        this.app = app;
    }

    @Override
    public String databaseDescription() {
        return app.databaseDescription();
    }

    @Override
    public Path dataDir() {
        return app.config().dataDir();
    }

    @Override
    public Clock clock() {
        return app.clock();
    }

    @Override
    public String terminalId() {
        return app.config().terminalId();
    }

    @Override
    public ContactDirectory contacts(Actor actor) {
        return ContactDirectoryAdapter.of(app.contacts(), actor);
    }

    @Override
    public ContactEditor contactEditor(Actor actor) {
        return ContactEditorAdapter.of(app.contacts(), actor);
    }

    @Override
    public ContactImporter contactImporter(Actor actor) {
        return ContactImporterAdapter.of(app.contactImport(), actor);
    }

    @Override
    public ContactActivityDesk contactActivity() {
        return new ContactActivityDesk() {
            @Override
            public List<AuditEntry> events(UUID contactId, int howMany) {
                return app.audit().list(new AuditQuery(null, null, null, contactId, null, howMany));
            }

            @Override
            public List<ChangeRequestRecord> changeRequests(UUID contactId) {
                return app.changeRequests().forContact(contactId);
            }

            @Override
            public boolean isLocked(String email) {
                return app.verification().locks().isLocked(new Email(email));
            }

            @Override
            public void unlock(String email, Actor actor) {
                app.verification().locks().unlock(new Email(email), actor);
            }

            @Override
            public String revealSsn(UUID contactId, Actor actor, boolean allowed) {
                return app.ssnReveal().reveal(contactId, actor, allowed);
            }

            @Override
            public Set<UUID> lockedContactIds() {
                return app.verification().locks().lockedContactIds(app.contacts());
            }
        };
    }

    @Override
    public ContactRecord contact(UUID id) {
        return app.contacts().get(id);
    }

    @Override
    public int exportContacts(ContactQuery query, Path target, Actor actor) {
        return app.csvExport().export(query, target, actor);
    }

    @Override
    public CheckInDesk checkIns() {
        return CheckInDeskAdapter.of(app.checkIns());
    }

    @Override
    public RequestDesk requests(StaffSession staff) {
        return RequestDeskAdapter.of(app.changeRequests(), app.contacts(), staff, terminalId());
    }

    @Override
    public List<Insight> insightsSince(Instant from) {
        return app.insights().since(from);
    }

    @Override
    public OutboxDesk outbox() {
        return howMany -> app.outbox().list(howMany);
    }

    @Override
    public DeliveryControl delivery() {
        return app.deliveryControl();
    }

    @Override
    public LockDesk lock() {
        return LockDeskAdapter.of(app.staffAuth(), terminalId());
    }

    @Override
    public Duration staffIdleLock() {
        return app.policies().current().staffIdleLock();
    }

    @Override
    public Optional<String> integrityAlarm() {
        return app.integrity().alarm();
    }

    @Override
    public AdminDesks admin() {
        return new ServiceAdminDesks(app);
    }
}
