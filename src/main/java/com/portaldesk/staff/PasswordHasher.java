package com.portaldesk.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Staff passwords with Argon2id (Bouncy Castle), stored as a PHC string so the parameters travel with each
 * hash and can be raised later. The program hashes at the OWASP Password Storage Cheat Sheet's first option:
 * 19 MiB of memory, 2 iterations, 1 lane. A hash is checked at the cost written in it.
 */
public final class PasswordHasher {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int LANES = 1;

    /** What one hash costs: memory, passes over it, lanes. */
    public record Cost(int memoryKib, int iterations, int lanes) {
        public Cost {
            if (memoryKib < 8 * lanes || iterations < 1 || lanes < 1) {
                throw new IllegalArgumentException("Argon2id needs at least 8 KiB a lane, one pass and one lane");
            }
        }
    }

    /** The cost every hash the program makes has (tests of other things may choose a cheaper one). */
    public static final Cost OWASP = new Cost(MEMORY_KIB, ITERATIONS, LANES);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC =
            Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final Cost cost;
    private final String dummy;

    public PasswordHasher() {
        this(OWASP);
    }

    public PasswordHasher(Cost cost) {
        this.cost = cost;
        this.dummy = cost.equals(OWASP) ? DUMMY : hash("not a real password".toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, cost.memoryKib(), cost.iterations(), cost.lanes());
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.lanes() + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    public boolean verify(char[] password, String stored) {
        Matcher phc = PHC.matcher(stored);
        if (!phc.matches()) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(phc.group(4));
        byte[] expected = Base64.getDecoder().decode(phc.group(5));
        byte[] actual = argon2(
                password,
                salt,
                Integer.parseInt(phc.group(1)),
                Integer.parseInt(phc.group(2)),
                Integer.parseInt(phc.group(3)));
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * A hash to verify against when the user name is unknown, so that a miss costs as long as a hit: the
     * production parameters, a fixed salt, a password nobody has. Written out rather than made when the class
     * loads, which had cost every short-lived command an Argon2 run before it did anything.
     */
    String dummyHash() {
        return dummy;
    }

    static final String DUMMY = "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES
            + "$l4M4oE7JWjGhS5SYZMMuzA$uht3TkW8rZ2SpyLutCoawO2qIAFcwbEQvwQhr7FM0GA";

    private static byte[] argon2(char[] password, byte[] salt, int memoryKib, int iterations, int lanes) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[HASH_BYTES];
        byte[] utf8 = new String(password).getBytes(StandardCharsets.UTF_8);
        generator.generateBytes(utf8, out);
        Arrays.fill(utf8, (byte) 0);
        return out;
    }
}
