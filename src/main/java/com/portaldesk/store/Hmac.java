package com.portaldesk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, the one keyed hash every part of PortalDesk uses (lookup hashes, code and identity hashes, the
 * audit chain and its seals, recovery codes, backup keys). Every JDK must provide it, so its absence is a broken
 * runtime, not a condition to handle.
 */
public final class Hmac {
    private static final String ALGORITHM = "HmacSHA256";

    private Hmac() {}

    public static SecretKeySpec key(byte[] bytes) {
        return new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Over the parts one after another, with nothing between them (callers add separators where they need one). */
    public static byte[] sha256(SecretKeySpec key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    public static byte[] sha256(SecretKeySpec key, String text) {
        return sha256(key, text.getBytes(StandardCharsets.UTF_8));
    }
}
