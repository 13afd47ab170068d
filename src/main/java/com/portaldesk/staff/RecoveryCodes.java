package com.portaldesk.staff;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Hmac;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

/** Ten single-use codes for when the phone with the authenticator is lost; kept only as keyed hashes. */
final class RecoveryCodes {
    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(FieldCipher cipher) {
        this.key = new SecretKeySpec(cipher.derive("portaldesk/recovery-codes/v1"), "HmacSHA256");
    }

    /** Replaces any earlier codes of the user; returns the new ones to show once. */
    List<String> issue(EntityManager em, UUID staffId) {
        em.createQuery("delete from RecoveryCode r where r.staffId = :id")
                .setParameter("id", staffId)
                .executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            codes.add(code);
            em.persist(new RecoveryCode(staffId, hash(code)));
        }
        return codes;
    }

    /** Uses a code if it is one of the user's unused ones. */
    boolean redeem(EntityManager em, UUID staffId, String typed, Instant now) {
        byte[] wanted = hash(normalise(typed));
        for (RecoveryCode code : em.createQuery(
                        "select r from RecoveryCode r where r.staffId = :id", RecoveryCode.class)
                .setParameter("id", staffId)
                .getResultList()) {
            if (!code.used() && MessageDigest.isEqual(code.codeHash(), wanted)) {
                code.use(now);
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeRecoveryCode(String typed) {
        return typed != null && normalise(typed).matches("[a-z0-9]{5}-[a-z0-9]{5}");
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            if (i == 4) {
                code.append('-');
            }
        }
        return code.toString();
    }

    private static String normalise(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    private byte[] hash(String code) {
        return Hmac.sha256(key, code.getBytes(StandardCharsets.US_ASCII));
    }
}
