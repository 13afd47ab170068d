package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
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
 * A sign-in attempt. Real and decoy challenges are the same kind of row and go through the same steps; the
 * decoy flag only makes approval impossible. The attempt counter and approval are changed only by atomic
 * UPDATE statements (see {@link ChallengeUpdates}), never by loading and saving this object.
 */
@Entity
@Table(name = "challenge")
public class Challenge {
    @Id
    private UUID id;

    @Column(name = "identity_hash", nullable = false)
    private byte[] identityHash;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(nullable = false)
    private boolean decoy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ChallengeStatus status;

    @Column(name = "code_hash", nullable = false)
    private byte[] codeHash;

    @Column(name = "code_version", nullable = false)
    private int codeVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "destination_masked", nullable = false)
    private String destinationMasked;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Column(name = "attempts", nullable = false)
    private int checks;

    @Column(name = "max_attempts", nullable = false) // the policy's maxChecks when the code was sent
    private int maxChecks;

    @Column(name = "send_count", nullable = false)
    private int sendCount;

    @Column(name = "delivery_status", nullable = false)
    @Enumerated(EnumType.STRING)
    private CodeStanding deliveryStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private String language;

    @Column(name = "by_email_instead", nullable = false)
    private boolean byEmailInstead;

    @Column(name = "checks_in_flight", nullable = false)
    private int checksInFlight;

    protected Challenge() {
        // for Hibernate
    }

    /** {@code contactId} is null for a decoy: a challenge that belongs to no contact can never be approved. */
    Challenge(
            UUID id,
            byte[] identityHash,
            UUID contactId,
            String terminalId,
            int maxChecks,
            Language language,
            Instant now) {
        this.id = id;
        this.identityHash = identityHash;
        this.contactId = contactId;
        this.decoy = contactId == null;
        this.status = ChallengeStatus.PENDING;
        this.terminalId = terminalId;
        this.maxChecks = maxChecks;
        this.createdAt = now;
        this.codeVersion = 0;
        this.sendCount = 0;
        this.checks = 0;
        this.language = language.tag();
    }

    /**
     * A new code: the old one dies with its hash; the attempt counter is deliberately left alone.
     * {@code instead} says the code goes by email because a text was not possible or failed.
     */
    void issue(
            byte[] newCodeHash,
            Channel newChannel,
            String masked,
            Instant now,
            Instant expiry,
            CodeStanding delivery,
            boolean instead) {
        codeHash = newCodeHash;
        codeVersion++;
        channel = newChannel;
        destinationMasked = masked;
        lastSentAt = now;
        expiresAt = expiry;
        sendCount++;
        deliveryStatus = delivery;
        byEmailInstead = instead;
    }

    UUID id() {
        return id;
    }

    byte[] identityHash() {
        return identityHash;
    }

    UUID contactId() {
        return contactId;
    }

    boolean decoy() {
        return decoy;
    }

    ChallengeStatus status() {
        return status;
    }

    byte[] codeHash() {
        return codeHash;
    }

    int codeVersion() {
        return codeVersion;
    }

    Channel channel() {
        return channel;
    }

    String destinationMasked() {
        return destinationMasked;
    }

    int checks() {
        return checks;
    }

    int maxChecks() {
        return maxChecks;
    }

    int sendCount() {
        return sendCount;
    }

    CodeStanding deliveryStatus() {
        return deliveryStatus;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSentAt() {
        return lastSentAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Language language() {
        return Language.fromTag(language);
    }

    boolean byEmailInstead() {
        return byEmailInstead;
    }

    /** The channel the client asked for: a text, even when it went by email because no text was possible. */
    Channel requestedChannel() {
        return byEmailInstead ? Channel.SMS : channel;
    }

    int checksInFlight() {
        return checksInFlight;
    }
}
