package com.portaldesk.verify;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Client sessions after an approval: a fresh random 128-bit token, an idle timeout and an absolute lifetime
 * from the policy, and an explicit end. An ended or expired session is refused, and ending it is audited.
 */
public final class ClientSessions {
    private final Tx tx;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ClientSessions(Tx tx, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    ClientSession open(EntityManager em, UUID contactId, UUID challengeId, String terminalId, PortalPolicy policy) {
        byte[] raw = new byte[16];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ClientSessionRow row = new ClientSessionRow(
                hash(token),
                contactId,
                challengeId,
                terminalId,
                clock.instant(),
                policy.sessionIdle(),
                policy.sessionAbsolute());
        em.persist(row);
        return new ClientSession(token, contactId, row.idleUntil(), row.absoluteUntil());
    }

    /** The session if it is still live (and marks it as just used); empty when unknown, ended or timed out. */
    public Optional<ClientSession> touch(String token) {
        return tx.inTransaction(em -> {
            ClientSessionRow row = token == null ? null : em.find(ClientSessionRow.class, hash(token));
            if (row == null || row.ended()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            if (!now.isBefore(row.absoluteUntil())) {
                end(em, row, now, AuditReason.SESSION_EXPIRED);
                return Optional.empty();
            }
            if (!now.isBefore(row.idleUntil())) {
                end(em, row, now, AuditReason.IDLE_TIMEOUT);
                return Optional.empty();
            }
            row.touch(now);
            return Optional.of(new ClientSession(token, row.contactId(), row.idleUntil(), row.absoluteUntil()));
        });
    }

    /** Sign-out; also used by the kiosk when its idle watcher fires. Returns false if nothing was live. */
    public boolean end(String token, AuditReason reason) {
        return tx.inTransaction(em -> {
            ClientSessionRow row = token == null ? null : em.find(ClientSessionRow.class, hash(token));
            if (row == null || row.ended()) {
                return false;
            }
            end(em, row, clock.instant(), reason);
            return true;
        });
    }

    private void end(EntityManager em, ClientSessionRow row, Instant now, AuditReason reason) {
        row.end(now, reason.name());
        audit.append(
                em,
                AuditRecord.of(AuditEventType.SESSION_ENDED, reason, row.terminalId())
                        .withContact(row.contactId()));
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
