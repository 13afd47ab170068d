package com.portaldesk.checkin;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.contacts.TextRules;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import com.portaldesk.verify.ClientSession;
import com.portaldesk.verify.ClientSessions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Something is wrong here": a signed-in client tells staff which details on file are wrong, with an
 * optional note. The request is kept for staff and shown in the contact's history; it never edits the
 * contact. The note is encrypted at rest (a client may type anything, SSN digits included) and never goes
 * into the audit log, which records only that a request was made and which topics it named.
 */
public final class ChangeRequests {
    /** Enough for "my new mobile is …" or a new email address; an essay belongs at the front desk. */
    public static final int NOTE_LIMIT = 300;

    /** What became of a request. */
    public enum Outcome {
        SENT,
        NOTHING_CHOSEN,
        NOTE_NOT_ACCEPTED,
        SESSION_ENDED
    }

    private final Tx tx;
    private final FieldCipher cipher;
    private final ClientSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    public ChangeRequests(Tx tx, FieldCipher cipher, ClientSessions sessions, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.cipher = cipher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(ChangeRequest.class);
    }

    /** Files a request for the session's own contact; nothing is stored unless the answer is SENT. */
    public Outcome request(String sessionToken, Set<ChangeTopic> topics, String rawNote, String terminalId) {
        String note = TextRules.normalise(rawNote);
        if (TextRules.problem(note, NOTE_LIMIT, false) != null) {
            return Outcome.NOTE_NOT_ACCEPTED;
        }
        if (topics == null || topics.isEmpty()) {
            return Outcome.NOTHING_CHOSEN;
        }
        ClientSession session = sessions.touch(sessionToken).orElse(null);
        if (session == null) {
            return Outcome.SESSION_ENDED;
        }
        tx.run(em -> {
            ChangeRequest request = new ChangeRequest(session.contactId(), topics, terminalId, StoredTime.now(clock));
            if (!note.isEmpty()) {
                request.setNoteCipher(cipher.encrypt(note, request.associatedData()));
            }
            em.persist(request);
            audit.append(
                    em,
                    AuditRecord.of(AuditEventType.CHANGE_REQUESTED, AuditReason.OK, terminalId)
                            .withContact(session.contactId())
                            .withDetail(topicNames(topics)));
        });
        return Outcome.SENT;
    }

    /** One contact's requests, newest first. */
    public List<ChangeRequestRecord> forContact(UUID contactId) {
        return tx.inTransaction(em -> em
                .createQuery(
                        "select r from ChangeRequest r where r.contactId = :contact order by r.requestedAt desc",
                        ChangeRequest.class)
                .setParameter("contact", contactId)
                .setMaxResults(50)
                .getResultList()
                .stream()
                .map(this::toRecord)
                .toList());
    }

    /** Every request nobody has handled yet, oldest first: the front desk's to-do list. */
    public List<ChangeRequestRecord> open() {
        return tx.inTransaction(em -> em
                .createQuery(
                        "select r from ChangeRequest r where r.handledAt is null order by r.requestedAt",
                        ChangeRequest.class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(this::toRecord)
                .toList());
    }

    /** Staff have dealt with it (edited the contact, or called the client); false if it was already handled. */
    public boolean markHandled(UUID requestId, String staffUsername, String terminalId) {
        return tx.inTransaction(em -> {
            ChangeRequest request = em.find(ChangeRequest.class, requestId);
            if (request == null || !request.isOpen()) {
                return false;
            }
            request.handle(StoredTime.now(clock), staffUsername);
            audit.append(
                    em,
                    AuditRecord.of(AuditEventType.CHANGE_REQUEST_HANDLED, AuditReason.OK, terminalId)
                            .withContact(request.contactId())
                            .withDetail("by " + staffUsername));
            return true;
        });
    }

    private ChangeRequestRecord toRecord(ChangeRequest request) {
        byte[] stored = request.noteCipher();
        return request.toRecord(stored == null ? "" : cipher.decrypt(stored, request.associatedData()));
    }

    private static String topicNames(Set<ChangeTopic> topics) {
        return topics.stream()
                .sorted()
                .map(t -> t.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
