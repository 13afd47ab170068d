package com.portaldesk.audit;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The append-only, hash-chained audit log. Each event stores the previous event's hash and an HMAC (under a
 * key from the key file) over its own fields and that previous hash, so an event that is changed, removed or
 * inserted breaks the chain at a point {@link #verifyChain()} names, and someone with the database alone
 * cannot rebuild a valid chain.
 */
public final class AuditLog {
    private final Tx tx;
    private final AuditKeys keys;
    private final ChainVerifier verifier;
    private final AuditCounts counts;
    private final Clock clock;

    /** Why a log without its head row cannot be trusted, in the words every screen and command uses. */
    static final String MISSING_HEAD = "The head row of the audit log is missing: it was deleted outside PortalDesk, "
            + "so there is no sealed record of how far the log had come.";

    private final AuditAlarm alarm = new AuditAlarm();
    /** Set when checkpoints kept outside the log prove it was rolled back (contradictedBy); cleared by a resumption. */
    private volatile String contradiction;

    public AuditLog(Tx tx, FieldCipher cipher, Clock clock) {
        this.tx = tx;
        this.keys = new AuditKeys(cipher);
        this.verifier = new ChainVerifier(tx, keys);
        this.counts = new AuditCounts(tx);
        this.clock = clock;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(AuditEvent.class, AuditHead.class);
    }

    /**
     * Appends in the caller's transaction, so the event commits or rolls back with the decision it records. Refuses
     * when the head is missing or does not carry its seal: sealing it now would make a cut log look whole (decision
     * 0011), so the decision that needed the record is refused too, on every workstation, until an admin has looked
     * ({@link #resume}).
     */
    public void append(EntityManager em, AuditRecord record) {
        AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        headProblem(em, head).or(() -> Optional.ofNullable(contradiction)).ifPresent(problem -> {
            throw alarm.raise(problem);
        });
        link(em, head, record);
    }

    private void link(EntityManager em, AuditHead head, AuditRecord record) {
        byte[] previous = head.lastHash() == null ? AuditKeys.GENESIS : head.lastHash();
        AuditEvent event = new AuditEvent(head.lastSeq() + 1, StoredTime.now(clock), record);
        byte[] hash = keys.link(previous, event.hashed().encode(event.hashEncoding()));
        event.seal(previous, hash);
        em.persist(event);
        head.advance(event.seq(), hash, keys.headSeal(event.seq(), hash));
    }

    /**
     * What is wrong with the head, in words; empty when it is there, sealed, and the event it names as the newest is
     * stored with the hash it sealed (otherwise the newest events were removed and the head left as it was).
     */
    private Optional<String> headProblem(EntityManager em, AuditHead head) {
        if (head == null) {
            return Optional.of(MISSING_HEAD);
        }
        if (!keys.sealed(head)) {
            return Optional.of("The head of the audit log (event " + head.lastSeq() + ") does not carry PortalDesk's "
                    + "seal: it was moved or reset outside PortalDesk, so the newest events may have been removed.");
        }
        if (head.lastSeq() > 0) {
            AuditEvent newest = em.find(AuditEvent.class, head.lastSeq());
            if (newest == null || !MessageDigest.isEqual(newest.hash(), head.lastHash())) {
                return Optional.of("Event " + head.lastSeq() + ", which the sealed head of the audit log names as the "
                        + "newest, is " + (newest == null ? "missing" : "not the event it sealed") + ": the newest "
                        + "events were removed or replaced outside PortalDesk.");
            }
        }
        return Optional.empty();
    }

    /**
     * Why the log cannot be written to now, with what to do, or empty: each staff app asks every minute, so every
     * workstation shows the alarm, not only the one whose write was refused.
     */
    public Optional<String> alarm() {
        return tx.inTransaction(em -> headProblem(em, em.find(AuditHead.class, 1)))
                .map(problem -> problem + " " + AuditAlarm.NEXT_STEP);
    }

    /**
     * Whether the log contradicts checkpoints kept outside it (a database rolled back to an older copy), by reading
     * only the events they name: quick enough for every start and every workstation's screen.
     */
    public Optional<String> contradictedBy(Collection<Checkpoint> checkpoints) {
        Optional<String> found = verifier.contradiction(checkpoints);
        // Until an admin resumes the log, this process records nothing more onto it, as the alarm says.
        contradiction = found.orElse(null);
        return found.map(problem -> problem + " " + AuditAlarm.NEXT_STEP);
    }

    /**
     * An admin's answer to an alarm, once they have looked (see {@link LogResumption}): records what was found and
     * why the log goes on, and seals the head after it.
     */
    public ChainVerification resume(Actor admin, String reason, Collection<Checkpoint> checkpoints) {
        ChainVerification found = new LogResumption(tx, verifier, this::link, clock).resume(admin, reason, checkpoints);
        contradiction = null;
        alarm.cleared();
        return found;
    }

    /**
     * Seals a head written before heads were sealed. Only right after the migration that added the seal: a head
     * found unsealed later was tampered with, and sealing it then would hide exactly that.
     */
    public void sealHeadAfterUpgrade() {
        tx.run(em -> {
            AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
            if (head != null && head.seal() == null) {
                head.advance(head.lastSeq(), head.lastHash(), keys.headSeal(head.lastSeq(), head.lastHash()));
            }
        });
    }

    /**
     * A checkpoint of the log as it stands: the newest event and its hash, authenticated with the key. Refused
     * when the head's seal does not match, since a checkpoint must never vouch for a moved head.
     */
    public Checkpoint checkpoint() {
        return tx.inTransaction(em -> {
            AuditHead head = em.find(AuditHead.class, 1);
            Optional<String> problem = headProblem(em, head);
            if (problem.isPresent()) {
                throw new AuditIntegrityException(problem.get() + " Run 'portaldesk audit verify' to see what "
                        + "happened. No checkpoint was made.");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
            String prefix = ChainVerifier.prefix(head.lastHash() == null ? AuditKeys.GENESIS : head.lastHash());
            Checkpoint unsigned = new Checkpoint(head.lastSeq(), now, prefix, "");
            return new Checkpoint(
                    head.lastSeq(), now, prefix, ChainVerifier.prefix(keys.checkpointMac(unsigned.content())));
        });
    }

    /** Whether a checkpoint was made with this firm's key (and copied right). */
    public boolean authentic(Checkpoint checkpoint) {
        return verifier.authentic(checkpoint);
    }

    /** Appends several events in one transaction, in order (imports and load tests). */
    public void recordAll(List<AuditRecord> records) {
        tx.run(em -> records.forEach(record -> append(em, record)));
    }

    /** Appends in a transaction of its own. */
    public void record(AuditRecord record) {
        tx.run(em -> append(em, record));
    }

    public List<AuditEntry> list(AuditQuery query) {
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            jpql.append(" and e.occurredAt < :to");
            parameters.put("to", query.to());
        }
        if (query.type() != null) {
            jpql.append(" and e.type = :type");
            parameters.put("type", query.type());
        }
        if (query.contactId() != null) {
            jpql.append(" and e.contactId = :contact");
            parameters.put("contact", query.contactId());
        }
        if (query.reason() != null) {
            jpql.append(" and e.reason = :reason");
            parameters.put("reason", query.reason());
        }
        if (query.beforeSeq() != null) {
            jpql.append(" and e.seq < :before");
            parameters.put("before", query.beforeSeq());
        }
        if (query.terminalId() != null) {
            jpql.append(" and e.terminalId = :terminal");
            parameters.put("terminal", query.terminalId());
        }
        if (query.actor() != null) {
            jpql.append(" and e.actor = :actor");
            parameters.put("actor", query.actor());
        }
        jpql.append(" order by e.seq desc");
        return tx.inTransaction(em -> {
            TypedQuery<AuditEvent> typed = em.createQuery(jpql.toString(), AuditEvent.class);
            parameters.forEach(typed::setParameter);
            return typed.setMaxResults(query.limit()).getResultList().stream()
                    .map(AuditEvent::toEntry)
                    .toList();
        });
    }

    public ChainVerification verifyChain() {
        return verifyChain((done, total) -> {});
    }

    /** Events per UTC day, event type and reason since {@code from} (see {@link AuditCounts}). */
    public List<DailyCount> dailyCounts(Instant from, List<AuditEventType> types) {
        return counts.dailyCounts(from, types);
    }

    public AuditTally tally(Instant from, Instant to) {
        return counts.tally(from, to);
    }

    public AuditSpan span(Instant from, Instant to) {
        return counts.span(from, to);
    }

    public List<Instant> times(AuditEventType type, Instant from, Instant to) {
        return counts.times(type, from, to);
    }

    public Map<String, Long> approvalsByChannel(Instant from, Instant to) {
        return counts.approvalsByChannel(from, to);
    }

    /** Walks the whole chain in order and reports the first event that does not fit; reports progress per page. */
    public ChainVerification verifyChain(BiConsumer<Long, Long> progress) {
        return verifier.verify(progress, List.of());
    }

    /** As {@link #verifyChain(BiConsumer)}, and proves the log still reaches the checkpoint by the same path. */
    public ChainVerification verifyChain(BiConsumer<Long, Long> progress, Checkpoint expected) {
        return verifier.verify(progress, List.of(expected));
    }

    /**
     * As {@link #verifyChain(BiConsumer)}, against every checkpoint given (a workstation's whole checkpoint log, a
     * folder of mailed ones): each must match the event it names, unless superseded (see {@link ChainVerifier}).
     */
    public ChainVerification verifyChain(BiConsumer<Long, Long> progress, Collection<Checkpoint> checkpoints) {
        return verifier.verify(progress, checkpoints);
    }

    /** Against every checkpoint this workstation kept, and any more given (a file of mailed ones). */
    public ChainVerification verifyChain(
            BiConsumer<Long, Long> progress, CheckpointLog kept, Collection<Checkpoint> more) {
        List<Checkpoint> all = new ArrayList<>(kept.all());
        all.addAll(more);
        return verifier.verify(progress, all);
    }
}
