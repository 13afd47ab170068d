package com.portaldesk.delivery;

import com.portaldesk.contacts.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message the outbox kept instead of sending. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    @Id
    private UUID id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "destination_masked", nullable = false)
    private String destinationMasked;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    protected OutboxMessage() {
        // for Hibernate
    }

    OutboxMessage(UUID id, Instant createdAt, Channel channel, String destinationMasked, String subject, String body) {
        this.id = id;
        this.createdAt = createdAt;
        this.channel = channel;
        this.destinationMasked = destinationMasked;
        this.subject = subject;
        this.body = body;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(id, createdAt, channel, destinationMasked, subject, body);
    }
}
