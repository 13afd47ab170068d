package com.portaldesk.checkin;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import com.portaldesk.verify.ClientSession;
import com.portaldesk.verify.ClientSessions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One-tap appointment check-in for a signed-in client, and the list the front desk watches. Only a live
 * client session can check in, and only as its own contact.
 */
public final class CheckInService {
    private final Tx tx;
    private final ClientSessions sessions;
    private final ContactService contacts;
    private final AuditLog audit;
    private final Clock clock;

    public CheckInService(Tx tx, ClientSessions sessions, ContactService contacts, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.sessions = sessions;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(CheckIn.class);
    }

    /**
     * Checks the session's client in, once a day (in {@code zone}, the office's): a second tap, here or at another
     * kiosk, records nothing new and says so.
     */
    public CheckInOutcome checkIn(String sessionToken, String terminalId, ZoneId zone) {
        ClientSession session = sessions.touch(sessionToken).orElse(null);
        if (session == null) {
            return CheckInOutcome.SESSION_ENDED;
        }
        Instant now = StoredTime.now(clock);
        Instant startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        return tx.inTransaction(em -> {
            boolean already = !em.createQuery(
                            "select c.id from CheckIn c where c.contactId = :contact" + " and c.checkedInAt >= :from",
                            UUID.class)
                    .setParameter("contact", session.contactId())
                    .setParameter("from", startOfDay)
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty();
            if (already) {
                return CheckInOutcome.ALREADY_CHECKED_IN;
            }
            em.persist(new CheckIn(session.contactId(), terminalId, now));
            audit.append(
                    em,
                    AuditRecord.of(AuditEventType.CLIENT_CHECKED_IN, AuditReason.OK, terminalId)
                            .withContact(session.contactId()));
            return CheckInOutcome.CHECKED_IN;
        });
    }

    /** The front desk has seen the client: false when someone had marked it already. Audited. */
    public boolean markSeen(UUID checkInId, Actor actor) {
        return tx.inTransaction(em -> {
            CheckIn checkIn = em.find(CheckIn.class, checkInId);
            if (checkIn == null || !checkIn.markSeen(actor.name(), clock.instant())) {
                return false;
            }
            audit.append(
                    em,
                    AuditRecord.by(actor, AuditEventType.CHECK_IN_SEEN, AuditReason.STAFF_ACTION)
                            .withContact(checkIn.contactId()));
            return true;
        });
    }

    /** Today's check-ins in the given time zone, by the service's clock. */
    public List<CheckInRecord> today(ZoneId zone) {
        return since(
                LocalDate.ofInstant(clock.instant(), zone).atStartOfDay(zone).toInstant());
    }

    /** Check-ins since the given time, newest first, with the client's name. */
    public List<CheckInRecord> since(Instant from) {
        List<CheckIn> found = tx.inTransaction(em -> em.createQuery(
                        "select c from CheckIn c where c.checkedInAt >= :from order by c.checkedInAt desc",
                        CheckIn.class)
                .setParameter("from", from)
                .setMaxResults(500)
                .getResultList());
        Map<UUID, String> names = contacts.displayNames(
                found.stream().map(CheckIn::contactId).distinct().toList());
        return found.stream()
                .map(c -> c.toRecord(names.getOrDefault(c.contactId(), "(contact removed)")))
                .toList();
    }
}
