package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class FieldCipherTest {
    private final byte[] key = new byte[32];
    private final FieldCipher cipher;

    FieldCipherTest() {
        Arrays.fill(key, (byte) 7);
        cipher = new FieldCipher(key);
    }

    private static byte[] aad(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void encrypt_roundTripsAndNeverRepeatsCiphertext() {
        byte[] first = cipher.encrypt("123456789", aad("a"));
        byte[] second = cipher.encrypt("123456789", aad("a"));
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1))
                .doesNotContain("123456789")
                .doesNotContain("6789");
        assertThat(cipher.decrypt(first, aad("a"))).isEqualTo("123456789");
    }

    @Test
    void decrypt_refusesCiphertextMovedToAnotherRecord() {
        byte[] sealed = cipher.encrypt("6789", aad("contact-1"));
        assertThatThrownBy(() -> cipher.decrypt(sealed, aad("contact-2")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void decrypt_refusesTamperedCiphertext() {
        byte[] sealed = cipher.encrypt("6789", aad("a"));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed, aad("a"))).isInstanceOf(StorageException.class);
    }

    @Test
    void decrypt_refusesAnotherKey() {
        byte[] otherKey = key.clone();
        otherKey[0] = 8;
        byte[] sealed = cipher.encrypt("6789", aad("a"));
        assertThatThrownBy(() -> new FieldCipher(otherKey).decrypt(sealed, aad("a")))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void lookupHash_isStablePerKeyAndDiffersAcrossKeys() {
        byte[] otherKey = key.clone();
        otherKey[31] = 1;
        assertThat(cipher.lookupHash("6789"))
                .isEqualTo(new FieldCipher(key).lookupHash("6789"))
                .isNotEqualTo(cipher.lookupHash("6788"))
                .isNotEqualTo(new FieldCipher(otherKey).lookupHash("6789"));
    }

    @Test
    void derive_givesSeparateKeysPerPurpose() {
        assertThat(cipher.derive("a")).hasSize(32).isNotEqualTo(cipher.derive("b"));
        assertThat(cipher.keyCheck()).isNotEqualTo(cipher.lookupHash("portaldesk/key-check/v1"));
    }
}
