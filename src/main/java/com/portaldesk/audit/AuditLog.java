package com.portaldesk.audit;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The append-only, hash-chained audit log. Each event stores the previous event's hash and an HMAC (under a
 * key from the key file) over its own fields and that previous hash, so an event that is changed, removed or
 * inserted breaks the chain at a point {@link #verifyChain()} names, and someone with the database alone
 * cannot rebuild a valid chain.
 */
public final class AuditLog {
    private static final byte[] GENESIS = new byte[32];
    private static final int PAGE = 1000;

    private final Tx tx;
    private final SecretKeySpec chainKey;
    private final Clock clock;

    public AuditLog(Tx tx, FieldCipher cipher, Clock clock) {
        this.tx = tx;
        this.chainKey = new SecretKeySpec(cipher.derive("portaldesk/audit-chain/v1"), "HmacSHA256");
        this.clock = clock;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(AuditEvent.class, AuditHead.class);
    }

    /** Appends in the caller's transaction, so the event commits or rolls back with the decision it records. */
    public void append(EntityManager em, AuditRecord record) {
        AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        byte[] previous = head.lastHash() == null ? GENESIS : head.lastHash();
        AuditEvent event = new AuditEvent(head.lastSeq() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS), record);
        byte[] hash = hash(previous, event.canonical());
        event.seal(previous, hash);
        em.persist(event);
        head.advance(event.seq(), hash);
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
        jpql.append(" order by e.seq desc");
        return tx.inTransaction(em -> {
            TypedQuery<AuditEvent> typed = em.createQuery(jpql.toString(), AuditEvent.class);
            parameters.forEach(typed::setParameter);
            return typed.setMaxResults(query.limit()).getResultList().stream().map(AuditEvent::toEntry).toList();
        });
    }

    public ChainVerification verifyChain() {
        return verifyChain((done, total) -> { });
    }

    /** Events per UTC day, event type and reason since {@code from}: counted by the database, not in memory. */
    public List<DailyCount> dailyCounts(java.time.Instant from, List<AuditEventType> types) {
        return tx.inTransaction(em -> em.createQuery("select cast(e.occurredAt as LocalDate), e.type, e.reason, count(e)"
                        + " from AuditEvent e where e.occurredAt >= :from and e.type in :types"
                        + " group by cast(e.occurredAt as LocalDate), e.type, e.reason", Object[].class)
                .setParameter("from", from)
                .setParameter("types", types)
                .getResultList().stream()
                .map(row -> new DailyCount((java.time.LocalDate) row[0], (AuditEventType) row[1], (AuditReason) row[2],
                        (Long) row[3]))
                .toList());
    }

    /** Walks the whole chain in order and reports the first event that does not fit; reports progress per page. */
    public ChainVerification verifyChain(java.util.function.BiConsumer<Long, Long> progress) {
        long total = tx.inTransaction(em -> em.find(AuditHead.class, 1).lastSeq());
        byte[] previous = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            long from = expectedSeq;
            List<AuditEvent> page = tx.inTransaction(em -> em.createQuery(
                            "select e from AuditEvent e where e.seq >= :from order by e.seq", AuditEvent.class)
                    .setParameter("from", from).setMaxResults(PAGE).getResultList());
            for (AuditEvent event : page) {
                String problem = problem(event, expectedSeq, previous);
                if (problem != null) {
                    return ChainVerification.broken(checked, Math.min(event.seq(), expectedSeq), problem);
                }
                previous = event.hash();
                expectedSeq++;
                checked++;
            }
            progress.accept(checked, Math.max(total, checked));
            if (page.size() < PAGE) {
                return checkHead(checked, expectedSeq - 1, previous);
            }
        }
    }

    private String problem(AuditEvent event, long expectedSeq, byte[] previous) {
        if (event.seq() != expectedSeq) {
            return "Event " + expectedSeq + " is missing: it was removed, or events were renumbered.";
        }
        if (!MessageDigest.isEqual(event.prevHash(), previous)) {
            return "Event " + event.seq() + " does not follow the event before it: an event was removed or inserted.";
        }
        if (!MessageDigest.isEqual(event.hash(), hash(previous, event.canonical()))) {
            return "Event " + event.seq() + " was changed after it was written.";
        }
        return null;
    }

    private ChainVerification checkHead(long checked, long lastSeq, byte[] lastHash) {
        AuditHead head = tx.inTransaction(em -> em.find(AuditHead.class, 1));
        byte[] headHash = head.lastHash() == null ? GENESIS : head.lastHash();
        if (head.lastSeq() != lastSeq || !MessageDigest.isEqual(headHash, lastHash)) {
            long firstBroken = Math.min(head.lastSeq(), lastSeq) + 1;
            return ChainVerification.broken(checked, firstBroken, head.lastSeq() > lastSeq
                    ? "The newest events from " + firstBroken + " on were removed."
                    : "Events after " + head.lastSeq() + " were added outside PortalDesk.");
        }
        return ChainVerification.ok(checked);
    }

    private byte[] hash(byte[] previous, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(chainKey);
            mac.update(previous);
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
