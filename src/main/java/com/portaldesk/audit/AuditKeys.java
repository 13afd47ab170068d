package com.portaldesk.audit;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The three keys the audit log rests on, each derived from the key file for one purpose: linking events into a
 * chain, sealing the chain's head, and authenticating checkpoints kept outside the database. Someone with the
 * database but not the key file can compute none of them.
 */
final class AuditKeys {
    static final byte[] GENESIS = new byte[32];

    private final SecretKeySpec chainKey;
    private final SecretKeySpec headKey;
    private final SecretKeySpec checkpointKey;

    AuditKeys(FieldCipher cipher) {
        this.chainKey = new SecretKeySpec(cipher.derive("portaldesk/audit-chain/v1"), "HmacSHA256");
        this.headKey = new SecretKeySpec(cipher.derive("portaldesk/audit-head/v1"), "HmacSHA256");
        this.checkpointKey = new SecretKeySpec(cipher.derive("portaldesk/audit-checkpoint/v1"), "HmacSHA256");
    }

    /** An event's hash: over the previous event's hash (fixed length, so no separator) and the event's fields. */
    byte[] link(byte[] previous, byte[] hashedFields) {
        return Hmac.sha256(chainKey, previous, hashedFields);
    }

    /**
     * The same hashes as {@link #link}, for one thread walking many events: one MAC, set up once and reused
     * (setting one up costs more than hashing a short event).
     */
    ChainLinks chainLinks() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(chainKey);
            return (previous, hashedFields) -> {
                mac.update(previous);
                return mac.doFinal(hashedFields);
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Makes event hashes; not for several threads at once. */
    interface ChainLinks {
        byte[] link(byte[] previous, byte[] hashedFields);
    }

    /** The head's seal: over the newest sequence number and hash, so the head cannot be moved without the key. */
    byte[] headSeal(long lastSeq, byte[] lastHash) {
        return hmac(
                headKey,
                Long.toString(lastSeq).getBytes(StandardCharsets.US_ASCII),
                lastHash == null ? GENESIS : lastHash);
    }

    /** Whether the head carries the seal only the key can make for its sequence number and hash. */
    boolean sealed(AuditHead head) {
        return head.seal() != null && MessageDigest.isEqual(head.seal(), headSeal(head.lastSeq(), head.lastHash()));
    }

    byte[] checkpointMac(String content) {
        return hmac(checkpointKey, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Over the parts with a unit separator (0x1F) between them. */
    private static byte[] hmac(SecretKeySpec key, byte[]... parts) {
        byte[][] separated = new byte[parts.length * 2 - 1][];
        for (int i = 0; i < parts.length; i++) {
            separated[i * 2] = parts[i];
            if (i < parts.length - 1) {
                separated[i * 2 + 1] = SEPARATOR;
            }
        }
        return Hmac.sha256(key, separated);
    }

    private static final byte[] SEPARATOR = {0x1F};
}
