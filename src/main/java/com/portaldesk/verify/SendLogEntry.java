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

/** One code sent, or pretended to be sent for a decoy: both count against the same budgets. */
@Entity
@Table(name = "send_log")
public class SendLogEntry {
    @Id
    private UUID id;

    @Column(name = "identity_hash", nullable = false)
    private byte[] identityHash;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SendLogEntry() {
        // for Hibernate
    }

    SendLogEntry(byte[] identityHash, String terminalId, Channel channel, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.identityHash = identityHash;
        this.terminalId = terminalId;
        this.channel = channel;
        this.sentAt = sentAt;
    }
}
