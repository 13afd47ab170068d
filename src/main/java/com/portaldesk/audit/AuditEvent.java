package com.portaldesk.audit;

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

/** One stored audit event. Written once by {@link AuditLog}; never updated or deleted by the program. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", nullable = false)
    private AuditEventType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AuditReason reason;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "challenge_id")
    private UUID challengeId;

    private String channel;

    @Column(name = "destination_masked")
    private String destinationMasked;

    @Column(nullable = false)
    private String detail;

    private String actor;

    @Column(name = "prev_hash", nullable = false)
    private byte[] prevHash;

    @Column(nullable = false)
    private byte[] hash;

    /** How the hashed fields were turned into bytes (see {@link HashedFields}); new events use the newest. */
    @Column(name = "hash_encoding", nullable = false)
    private short hashEncoding = HashedFields.LENGTH_PREFIXED;

    protected AuditEvent() {
        // for Hibernate
    }

    AuditEvent(long seq, Instant occurredAt, AuditRecord record) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.terminalId = record.terminalId();
        this.type = record.type();
        this.reason = record.reason();
        this.contactId = record.contactId();
        this.challengeId = record.challengeId();
        this.channel = record.channel();
        this.destinationMasked = record.destinationMasked();
        this.detail = record.detail();
        this.actor = record.actor().isEmpty() ? null : record.actor();
    }

    void seal(byte[] previous, byte[] ownHash) {
        this.prevHash = previous;
        this.hash = ownHash;
    }

    long seq() {
        return seq;
    }

    byte[] prevHash() {
        return prevHash;
    }

    byte[] hash() {
        return hash;
    }

    /** The fields the chain's hash covers, as {@link HashedFields}. */
    HashedFields hashed() {
        return new HashedFields(
                seq,
                occurredAt,
                terminalId,
                type,
                reason,
                contactId,
                challengeId,
                channel,
                destinationMasked,
                detail,
                actor);
    }

    short hashEncoding() {
        return hashEncoding;
    }

    /** The columns {@link #hashed(Object[])} reads, in its order, then the two hashes and the encoding. */
    static final String CHAIN_COLUMNS = "e.seq, e.occurredAt, e.terminalId, e.type, e.reason, e.contactId, "
            + "e.challengeId, e.channel, e.destinationMasked, e.detail, e.actor, e.prevHash, e.hash, e.hashEncoding";

    /** {@link #hashed()} of a row read as {@link #CHAIN_COLUMNS}, without making an entity of it. */
    static HashedFields hashed(Object[] row) {
        return new HashedFields(
                (Long) row[0],
                (Instant) row[1],
                (String) row[2],
                (AuditEventType) row[3],
                (AuditReason) row[4],
                (UUID) row[5],
                (UUID) row[6],
                (String) row[7],
                (String) row[8],
                (String) row[9],
                (String) row[10]);
    }

    AuditEntry toEntry() {
        return new AuditEntry(
                seq,
                occurredAt,
                terminalId,
                type,
                reason,
                contactId,
                challengeId,
                channel,
                destinationMasked,
                detail,
                actor == null ? "" : actor);
    }
}
