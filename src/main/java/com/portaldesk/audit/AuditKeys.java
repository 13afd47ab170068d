package com.portaldesk.audit;

import com.portaldesk.store.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
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
    byte[] link(byte[] previous, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(chainKey);
            mac.update(previous);
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    /** The head's seal: over the newest sequence number and hash, so the head cannot be moved without the key. */
    byte[] headSeal(long lastSeq, byte[] lastHash) {
        return hmac(headKey, Long.toString(lastSeq).getBytes(StandardCharsets.US_ASCII),
                lastHash == null ? GENESIS : lastHash);
    }

    byte[] checkpointMac(String content) {
        return hmac(checkpointKey, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (int i = 0; i < parts.length - 1; i++) {
                mac.update(parts[i]);
                mac.update((byte) 0x1F);
            }
            return mac.doFinal(parts[parts.length - 1]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
