package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One code on its way: the transactional outbox row written with the challenge. Inserted once by
 * {@link DeliveryQueue}; afterwards changed only by its guarded UPDATE statements, so that two workers can never
 * both own a row.
 */
@Entity
@Table(name = "code_delivery")
public class CodeDelivery {
    /** Where a row stands. The first three are open; the rest are final. */
    enum Status {
        QUEUED,
        SENDING,
        WATCHING,
        SENT,
        DELIVERED,
        FAILED,
        NOT_SENT;

        boolean open() {
            return this == QUEUED || this == SENDING || this == WATCHING;
        }
    }

    @Id
    private UUID id;

    @Column(name = "challenge_id", nullable = false)
    private UUID challengeId;

    @Column(name = "code_version", nullable = false)
    private int codeVersion;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "destination_masked", nullable = false)
    private String destinationMasked;

    private byte[] sealed;

    @Column(nullable = false)
    private String language;

    @Column(name = "lifetime_seconds", nullable = false)
    private int lifetimeSeconds;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int tries;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "watch_until")
    private Instant watchUntil;

    @Column(name = "provider_ref")
    private String providerRef;

    private String outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected CodeDelivery() {
        // for Hibernate
    }

    CodeDelivery(UUID id, Challenge challenge, String terminalId, String language, int lifetimeSeconds, Instant now) {
        this.id = id;
        this.challengeId = challenge.id();
        this.codeVersion = challenge.codeVersion();
        this.contactId = challenge.contactId();
        this.terminalId = terminalId;
        this.channel = challenge.channel();
        this.destinationMasked = challenge.destinationMasked();
        this.language = language;
        this.lifetimeSeconds = lifetimeSeconds;
        this.status = Status.QUEUED;
        this.tries = 0;
        this.dueAt = now;
        this.expiresAt = challenge.expiresAt();
        this.createdAt = now;
    }

    void seal(byte[] value) {
        this.sealed = value;
    }

    /** A code that goes nowhere: final from the start. */
    void closeUnsent(String why, Instant now) {
        this.status = Status.NOT_SENT;
        this.outcome = why;
        this.finishedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID challengeId() {
        return challengeId;
    }

    int codeVersion() {
        return codeVersion;
    }

    UUID contactId() {
        return contactId;
    }

    String terminalId() {
        return terminalId;
    }

    Channel channel() {
        return channel;
    }

    String destinationMasked() {
        return destinationMasked;
    }

    byte[] sealed() {
        return sealed;
    }

    String language() {
        return language;
    }

    int lifetimeSeconds() {
        return lifetimeSeconds;
    }

    Status status() {
        return status;
    }

    int tries() {
        return tries;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    String claimedBy() {
        return claimedBy;
    }

    Instant watchUntil() {
        return watchUntil;
    }

    String providerRef() {
        return providerRef;
    }

    String outcome() {
        return outcome;
    }
}
