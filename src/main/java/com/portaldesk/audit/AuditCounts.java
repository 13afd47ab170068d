package com.portaldesk.audit;

import com.portaldesk.store.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit log counted by the database, not in memory: per day for the dashboard, per type, reason, channel and
 * actor for the Safeguards report, so a busy year is a few hundred rows read, not millions of events.
 */
final class AuditCounts {
    private final Tx tx;

    AuditCounts(Tx tx) {
        this.tx = tx;
    }

    /** Events per UTC day, event type and reason since {@code from}: counted by the database, not in memory. */
    public List<DailyCount> dailyCounts(Instant from, List<AuditEventType> types) {
        return tx.inTransaction(em -> em.createQuery(
                        "select new " + DailyCount.class.getName()
                                + "(cast(e.occurredAt as LocalDate), e.type, e.reason, count(e))"
                                + " from AuditEvent e where e.occurredAt >= :from and e.type in :types"
                                + " group by cast(e.occurredAt as LocalDate), e.type, e.reason",
                        DailyCount.class)
                .setParameter("from", from)
                .setParameter("types", types)
                .getResultList());
    }

    /** Every event in [from, to) counted by type, reason, channel and actor, by the database. */
    public AuditTally tally(Instant from, Instant to) {
        return new AuditTally(tx.inTransaction(em -> em.createQuery(
                        "select new " + AuditTally.Group.class.getName()
                                + "(e.type, e.reason, e.channel, e.actor, count(e))"
                                + " from AuditEvent e where e.occurredAt >= :from and e.occurredAt < :to"
                                + " group by e.type, e.reason, e.channel, e.actor",
                        AuditTally.Group.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()));
    }

    /** How many events [from, to) holds, and its first and last. */
    public AuditSpan span(Instant from, Instant to) {
        return tx.inTransaction(em -> em.createQuery(
                        "select new " + AuditSpan.class.getName()
                                + "(count(e), min(e.seq), max(e.seq), min(e.occurredAt), max(e.occurredAt)) from AuditEvent e"
                                + " where e.occurredAt >= :from and e.occurredAt < :to",
                        AuditSpan.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }

    /** When each event of one type in [from, to) happened, oldest first: only the times, for charts. */
    public List<Instant> times(AuditEventType type, Instant from, Instant to) {
        return tx.inTransaction(em -> em.createQuery(
                        "select e.occurredAt from AuditEvent e where e.type = :type"
                                + " and e.occurredAt >= :from and e.occurredAt < :to order by e.seq",
                        Instant.class)
                .setParameter("type", type)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }

    /**
     * Client sign-ins (accepted codes) in [from, to) by the channel the accepted code went by: that of the newest
     * code sent for the same sign-in before it was accepted. An accepted code with no record of its sending (sent
     * before the audit log began) counts under "".
     */
    public Map<String, Long> approvalsByChannel(Instant from, Instant to) {
        return tx.inTransaction(em -> {
            Map<String, Long> counts = new TreeMap<>();
            em.createQuery(
                            "select s.channel, count(a) from AuditEvent a left join AuditEvent s"
                                    + " on s.challengeId = a.challengeId and s.type = :sent and s.seq = (select max(s2.seq)"
                                    + " from AuditEvent s2 where s2.challengeId = a.challengeId and s2.type = :sent"
                                    + " and s2.seq < a.seq)"
                                    + " where a.type = :approved and a.occurredAt >= :from and a.occurredAt < :to"
                                    + " group by s.channel",
                            Object[].class)
                    .setParameter("sent", AuditEventType.CODE_SENT)
                    .setParameter("approved", AuditEventType.CHECK_APPROVED)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList()
                    .forEach(row -> counts.merge(row[0] == null ? "" : (String) row[0], (Long) row[1], Long::sum));
            return counts;
        });
    }
}
