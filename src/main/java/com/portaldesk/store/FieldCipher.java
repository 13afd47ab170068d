package com.portaldesk.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest for single fields: AES-256-GCM with a random 96-bit nonce per value, and a keyed
 * HMAC-SHA256 for lookups that must not reveal the value (the last four of an SSN has only 10,000
 * possibilities, so a plain hash would be reversed at once). Each purpose gets its own key derived from
 * the master key, so one key is never used for two algorithms.
 */
public final class FieldCipher {
    private static final byte FORMAT_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final byte[] keyCheck;
    private final byte[] masterKey;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(byte[] masterKey) {
        this.masterKey = masterKey.clone();
        this.encryptionKey = new SecretKeySpec(derive("portaldesk/field-encryption/v1"), "AES");
        this.lookupKey = new SecretKeySpec(derive("portaldesk/lookup-hmac/v1"), "HmacSHA256");
        this.keyCheck = derive("portaldesk/key-check/v1");
    }

    /** A 256-bit key for one named purpose, derived from the master key (HMAC as a PRF). */
    public byte[] derive(String purpose) {
        return hmac(new SecretKeySpec(masterKey, "HmacSHA256"), purpose.getBytes(StandardCharsets.UTF_8));
    }

    /** A value stored beside the data that tells whether the key file belongs to this database. */
    public byte[] keyCheck() {
        return keyCheck.clone();
    }

    public byte[] encrypt(String plaintext, byte[] associatedData) {
        return encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8), associatedData);
    }

    public String decrypt(byte[] stored, byte[] associatedData) {
        return new String(decryptBytes(stored, associatedData), StandardCharsets.UTF_8);
    }

    public byte[] encryptBytes(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT_VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    public byte[] decryptBytes(byte[] stored, byte[] associatedData) {
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT_VERSION) {
            throw new StorageException("An encrypted field is damaged or in an unknown format.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    encryptionKey,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new StorageException(
                    "An encrypted field does not match its record or the key file "
                            + "(it was changed, moved to another record, or encrypted under another key).",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** Keyed hash of a short secret, for equality lookups only. */
    public byte[] lookupHash(String value) {
        return hmac(lookupKey, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        return Hmac.sha256(key, data);
    }
}
