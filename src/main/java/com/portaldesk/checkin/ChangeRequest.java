package com.portaldesk.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A signed-in client's "something is wrong here": stored for staff, never applied to the contact. */
@Entity
@Table(name = "change_request")
public class ChangeRequest {
    @Id
    private UUID id;

    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Column(name = "topics", nullable = false)
    private String topics;

    @Column(name = "note_cipher")
    private byte[] noteCipher;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by")
    private String handledBy;

    protected ChangeRequest() {
        // for Hibernate
    }

    ChangeRequest(UUID contactId, Set<ChangeTopic> topics, String terminalId, Instant at) {
        this.id = UUID.randomUUID();
        this.contactId = contactId;
        this.topics = topics.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.terminalId = terminalId;
        this.requestedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID contactId() {
        return contactId;
    }

    byte[] associatedData() {
        return id.toString().getBytes(StandardCharsets.US_ASCII);
    }

    void setNoteCipher(byte[] cipher) {
        noteCipher = cipher;
    }

    byte[] noteCipher() {
        return noteCipher;
    }

    boolean isOpen() {
        return handledAt == null;
    }

    void handle(Instant at, String by) {
        handledAt = at;
        handledBy = by;
    }

    ChangeRequestRecord toRecord(String note) {
        Set<ChangeTopic> parsed = EnumSet.noneOf(ChangeTopic.class);
        Arrays.stream(topics.split(","))
                .filter(s -> !s.isEmpty())
                .map(ChangeTopic::valueOf)
                .forEach(parsed::add);
        return new ChangeRequestRecord(
                id,
                contactId,
                parsed,
                note,
                terminalId,
                requestedAt,
                Optional.ofNullable(handledAt),
                Optional.ofNullable(handledBy));
    }
}
