package com.portaldesk.verify;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Channel;
import com.portaldesk.settings.PortalPolicy;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Budgets against code flooding and SMS pumping: per identity (5 per 15 minutes by default), per terminal
 * per hour, and a firm-wide ceiling on text messages per hour. Decoy sends count like real ones, so the
 * budgets behave the same whether or not the details matched.
 */
final class SendBudget {
    private static final Duration HOUR = Duration.ofHours(1);

    Optional<AuditReason> refusal(
            EntityManager em, byte[] identity, String terminalId, Channel channel, Instant now, PortalPolicy policy) {
        long byIdentity = count(em, "s.identityHash = :key", identity, now.minus(policy.identitySendWindow()));
        if (byIdentity >= policy.identitySends()) {
            return Optional.of(AuditReason.RATE_LIMIT_IDENTITY);
        }
        long byTerminal = count(em, "s.terminalId = :key", terminalId, now.minus(HOUR));
        if (byTerminal >= policy.terminalSendsPerHour()) {
            return Optional.of(AuditReason.RATE_LIMIT_TERMINAL);
        }
        if (channel == Channel.SMS
                && count(em, "s.channel = :key", Channel.SMS, now.minus(HOUR)) >= policy.firmSmsPerHour()) {
            return Optional.of(AuditReason.RATE_LIMIT_FIRM_SMS);
        }
        return Optional.empty();
    }

    void record(EntityManager em, byte[] identity, String terminalId, Channel channel, Instant now) {
        em.persist(new SendLogEntry(identity, terminalId, channel, now));
    }

    private static long count(EntityManager em, String condition, Object key, Instant from) {
        return em.createQuery(
                        "select count(s) from SendLogEntry s where " + condition + " and s.sentAt > :from", Long.class)
                .setParameter("key", key)
                .setParameter("from", from)
                .getSingleResult();
    }
}
