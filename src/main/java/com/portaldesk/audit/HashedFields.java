package com.portaldesk.audit;

import com.portaldesk.store.StoredTime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * The fields of an event the chain's hash covers, and the bytes they are hashed as.
 *
 * <p>Encoding 1 (events written before schema 21) joined the fields with a unit separator (0x1F) and added the actor
 * only when there was one. No field was kept from holding that separator in the database, so someone who can write
 * to it could move text from one field to the next (an actor into the detail) without changing the hash. Encoding 2
 * writes a tag, then each field as its length in bytes (four bytes, big-endian; -1 for none) and its UTF-8 bytes:
 * every sequence of fields has exactly one encoding, and none of its bytes can be read as an encoding-1 string,
 * which starts with the event's number. Old events keep encoding 1 and are verified under it (their hashes cannot be
 * made again without rewriting the whole chain). Marking a newer event as encoding 1 gains nothing: its hash was made
 * over bytes that begin with the tag, which no encoding-1 string does.
 */
record HashedFields(
        long seq,
        Instant occurredAt,
        String terminalId,
        AuditEventType type,
        AuditReason reason,
        UUID contactId,
        UUID challengeId,
        String channel,
        String destinationMasked,
        String detail,
        String actor) {
    static final short LEGACY = 1;
    static final short LENGTH_PREFIXED = 2;
    private static final byte[] TAG = "PDAUDIT2".getBytes(StandardCharsets.US_ASCII);

    byte[] encode(short encoding) {
        return switch (encoding) {
            case LEGACY -> legacy().getBytes(StandardCharsets.UTF_8);
            case LENGTH_PREFIXED -> lengthPrefixed();
            default -> throw new IllegalArgumentException("Unknown audit hash encoding " + encoding);
        };
    }

    private String legacy() {
        String fields = String.join(
                "\u001F",
                Long.toString(seq),
                StoredTime.iso(occurredAt),
                terminalId,
                type.name(),
                reason.name(),
                text(contactId),
                text(challengeId),
                text(channel),
                text(destinationMasked),
                detail);
        return actor == null ? fields : fields + "\u001F" + actor;
    }

    private byte[] lengthPrefixed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(TAG);
        for (String field : Arrays.asList(
                Long.toString(seq),
                StoredTime.iso(occurredAt),
                terminalId,
                type.name(),
                reason.name(),
                nullable(contactId),
                nullable(challengeId),
                channel,
                destinationMasked,
                detail,
                actor)) {
            if (field == null) {
                writeInt(out, -1);
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                writeInt(out, bytes.length);
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String nullable(Object value) {
        return value == null ? null : value.toString();
    }
}
