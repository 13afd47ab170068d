package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.insights.Insight;
import com.portaldesk.staff.StaffSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the staff app's daily screens are given, desk by desk: {@link MainWindow} hands each screen only its own. The
 * application builds it on its services (app.desks); the screens never see a service, a store or a transaction.
 */
public interface StaffDesks {
    /** Where the data lives, in words ("embedded …" or the shared database's address). */
    String databaseDescription();

    Path dataDir();

    /** The clock the application records events with, so a period on screen means the same days. */
    Clock clock();

    String terminalId();

    ContactDirectory contacts(Actor actor);

    ContactEditor contactEditor(Actor actor);

    ContactImporter contactImporter(Actor actor);

    ContactActivityDesk contactActivity();

    ContactRecord contact(UUID id);

    /** Writes the query's matches to a CSV file, audited; how many were written. */
    int exportContacts(ContactQuery query, Path target, Actor actor);

    CheckInDesk checkIns();

    RequestDesk requests(StaffSession staff);

    List<Insight> insightsSince(Instant from);

    OutboxDesk outbox();

    DeliveryControl delivery();

    LockDesk lock();

    /** The policy's staff idle time, read afresh (an admin may have changed it on another workstation). */
    Duration staffIdleLock();

    /** The audit log's alarm, when its head or chain does not hold. */
    Optional<String> integrityAlarm();

    /** The admins' screens; only an admin's window asks for them. */
    AdminDesks admin();
}
