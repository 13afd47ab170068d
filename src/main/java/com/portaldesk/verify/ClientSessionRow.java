package com.portaldesk.verify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A client's signed-in session. Only the SHA-256 of its token is stored. */
@Entity
@Table(name = "client_session")
public class ClientSessionRow {
    @Id
    @Column(name = "token_hash")
    private byte[] tokenHash;

    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Column(name = "challenge_id", nullable = false)
    private UUID challengeId;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "idle_seconds", nullable = false)
    private int idleSeconds;

    @Column(name = "absolute_until", nullable = false)
    private Instant absoluteUntil;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    protected ClientSessionRow() {
        // for Hibernate
    }

    ClientSessionRow(
            byte[] tokenHash,
            UUID contactId,
            UUID challengeId,
            String terminalId,
            Instant now,
            Duration idle,
            Duration absolute) {
        this.tokenHash = tokenHash;
        this.contactId = contactId;
        this.challengeId = challengeId;
        this.terminalId = terminalId;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.idleSeconds = (int) idle.toSeconds();
        this.absoluteUntil = now.plus(absolute);
    }

    UUID contactId() {
        return contactId;
    }

    String terminalId() {
        return terminalId;
    }

    boolean ended() {
        return endedAt != null;
    }

    Instant idleUntil() {
        return lastSeenAt.plusSeconds(idleSeconds);
    }

    Instant absoluteUntil() {
        return absoluteUntil;
    }

    void touch(Instant now) {
        lastSeenAt = now;
    }

    void end(Instant now, String reason) {
        endedAt = now;
        endReason = reason;
    }
}
