package com.portaldesk.audit;

import com.portaldesk.store.FieldCipher;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Audit events as a PortalDesk before schema 21 hashed them (encoding 1), for tests that build an older database or
 * backup from a new one: the rows of {@code audit_event} re-linked under the old encoding, and the head sealed after
 * them.
 */
public final class LegacyChain {
    private final AuditKeys keys;
    private byte[] previous = AuditKeys.GENESIS;
    private long lastSeq;

    public LegacyChain(byte[] dataKey) {
        this.keys = new AuditKeys(new FieldCipher(dataKey));
    }

    /** Re-links one row (columns as named); sets its prev_hash and hash, in place. Rows come in order. */
    public void relink(List<String> columns, Object[] row) {
        HashedFields fields = new HashedFields(
                (Long) value(columns, row, "seq"),
                (Instant) value(columns, row, "occurred_at"),
                (String) value(columns, row, "terminal_id"),
                AuditEventType.valueOf((String) value(columns, row, "event_type")),
                AuditReason.valueOf((String) value(columns, row, "reason")),
                (UUID) value(columns, row, "contact_id"),
                (UUID) value(columns, row, "challenge_id"),
                (String) value(columns, row, "channel"),
                (String) value(columns, row, "destination_masked"),
                (String) value(columns, row, "detail"),
                (String) value(columns, row, "actor"));
        byte[] hash = keys.link(previous, fields.encode(HashedFields.LEGACY));
        row[columns.indexOf("prev_hash")] = previous;
        row[columns.indexOf("hash")] = hash;
        previous = hash;
        lastSeq = fields.seq();
    }

    /** The head row after every event was re-linked: last_hash and seal set, in place. */
    public void sealHead(List<String> columns, Object[] row) {
        row[columns.indexOf("last_hash")] = lastSeq == 0 ? null : previous;
        row[columns.indexOf("seal")] = keys.headSeal(lastSeq, lastSeq == 0 ? null : previous);
    }

    private static Object value(List<String> columns, Object[] row, String name) {
        return row[columns.indexOf(name)];
    }
}
