package com.portaldesk.verify;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Hmac;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time codes: drawn from SecureRandom, stored only as HMAC-SHA256(server key, challenge id ‖ code), and
 * compared in constant time. Binding the hash to the challenge id means a hash copied to another challenge
 * is worthless. The identity hash (of the email typed) uses a separate key.
 */
final class CodeHasher {
    private final SecretKeySpec codeKey;
    private final SecretKeySpec identityKey;
    private final SecureRandom random = new SecureRandom();

    CodeHasher(FieldCipher cipher) {
        this.codeKey = new SecretKeySpec(cipher.derive("portaldesk/code-hmac/v1"), "HmacSHA256");
        this.identityKey = new SecretKeySpec(cipher.derive("portaldesk/identity-hmac/v1"), "HmacSHA256");
    }

    /** Digits 0-9, each drawn uniformly: nextInt(10) has no modulo bias. */
    String newCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }

    byte[] hash(UUID challengeId, String code) {
        return hmac(codeKey, challengeId + "\u001F" + code);
    }

    /** Constant time: MessageDigest.isEqual does not stop at the first differing byte. */
    boolean matches(byte[] stored, UUID challengeId, String code) {
        return MessageDigest.isEqual(stored, hash(challengeId, code));
    }

    byte[] identity(String normalisedEmail) {
        return hmac(identityKey, normalisedEmail);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        return Hmac.sha256(key, text);
    }
}
