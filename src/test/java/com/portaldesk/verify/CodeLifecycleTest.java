package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.testutil.RawSql;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Codes: how they are made, stored, expire, are replaced, and approve exactly once. */
@Tag("db")
class CodeLifecycleTest {
    @RegisterExtension
    final EngineFixture f = new EngineFixture();

    @BeforeEach
    void prepare() {
        f.contact("jane@example.com", "123-45-6789", "(415) 555-0123");
    }

    @Test
    void start_sendsASixDigitCodeByDefault_andTheConfiguredLengthAfterAPolicyChange() {
        f.start("jane@example.com", "6789", Channel.SMS);
        assertThat(f.lastCode()).matches("[0-9]{6}");
        f.policy(p -> p.codeLength(8));
        f.advance(Duration.ofMinutes(1));
        StartResult result = f.start("jane@example.com", "6789", Channel.EMAIL);
        assertThat(f.lastCode()).matches("[0-9]{8}");
        assertThat(result.codeLength()).isEqualTo(8);
    }

    @Test
    void codes_useEveryDigitAndAreNotRepeated() {
        CodeHasher hasher = new CodeHasher(new FieldCipher(new byte[32]));
        Set<String> codes = new HashSet<>();
        int[] digitCounts = new int[10];
        for (int i = 0; i < 5_000; i++) {
            String code = hasher.newCode(6);
            assertThat(code).matches("[0-9]{6}");
            codes.add(code);
            code.chars().forEach(c -> digitCounts[c - '0']++);
        }
        assertThat(codes).hasSizeGreaterThan(4_900);
        for (int count : digitCounts) {
            assertThat(count).isBetween(2_500, 3_500);
        }
    }

    @Test
    void hasher_drawsFromSecureRandomAndComparesInConstantTime() throws Exception {
        var field = CodeHasher.class.getDeclaredField("random");
        assertThat(field.getType()).isEqualTo(SecureRandom.class);
        // MessageDigest.isEqual is the only comparison CodeHasher makes; ArchitectureTest forbids Arrays.equals.
        CodeHasher hasher = new CodeHasher(new FieldCipher(new byte[32]));
        UUID id = UUID.randomUUID();
        assertThat(hasher.matches(hasher.hash(id, "123456"), id, "123456")).isTrue();
        assertThat(hasher.matches(hasher.hash(id, "123456"), id, "123457")).isFalse();
        assertThat(hasher.matches(hasher.hash(id, "123456"), UUID.randomUUID(), "123456"))
                .isFalse();
    }

    @Test
    void codes_areStoredOnlyAsKeyedHash() throws Exception {
        f.start("jane@example.com", "6789", Channel.SMS);
        String code = f.lastCode();
        f.close();
        try (Connection db = RawSql.connect(f.dataDir);
                ResultSet rows = db.createStatement().executeQuery("SELECT * FROM challenge")) {
            int columns = rows.getMetaData().getColumnCount();
            int seen = 0;
            while (rows.next()) {
                seen++;
                for (int i = 1; i <= columns; i++) {
                    Object value = rows.getObject(i);
                    String text = value instanceof byte[] raw
                            ? new String(raw, StandardCharsets.ISO_8859_1)
                            : String.valueOf(value);
                    assertThat(text)
                            .as("column %s", rows.getMetaData().getColumnName(i))
                            .doesNotContain(code);
                }
            }
            assertThat(seen).isEqualTo(1);
        }
        f.open();
    }

    @Test
    void code_expiresExactlyAtTheLifetime() {
        StartResult first = f.start("jane@example.com", "6789", Channel.SMS);
        String firstCode = f.lastCode();
        f.advance(Duration.ofMinutes(10).minusNanos(1_000));
        assertThat(f.check(first.challengeId(), firstCode).status()).isEqualTo(ClientStatus.APPROVED);

        f.advance(Duration.ofMinutes(1));
        StartResult second = f.start("jane@example.com", "6789", Channel.SMS);
        String secondCode = f.lastCode();
        f.advance(Duration.ofMinutes(10));
        CheckResult expired = f.check(second.challengeId(), secondCode);
        assertThat(expired.status()).isEqualTo(ClientStatus.EXPIRED);
        assertThat(expired.session()).isEmpty();
    }

    @Test
    void resend_killsTheOldCode_keepsTheCounter_andMayChangeChannel() {
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        String oldCode = f.lastCode();
        assertThat(f.check(started.challengeId(), EngineFixture.wrong(oldCode)).attemptsLeft())
                .isEqualTo(4);

        StartResult early = f.engine().resend(started.challengeId(), Channel.EMAIL, EngineFixture.TERMINAL);
        assertThat(early.status()).isEqualTo(ClientStatus.TRY_LATER);
        assertThat(early.resendInSeconds()).isEqualTo(60);

        f.advance(Duration.ofSeconds(60));
        StartResult resent = f.engine().resend(started.challengeId(), Channel.EMAIL, EngineFixture.TERMINAL);
        assertThat(resent.status()).isEqualTo(ClientStatus.CODE_SENT);
        assertThat(resent.message()).contains("by email");
        String newCode = f.lastCode();
        assertThat(f.context.outbox().list(1).get(0).channel()).isEqualTo(Channel.EMAIL);

        CheckResult withOld = f.check(started.challengeId(), oldCode);
        assertThat(withOld.status()).isEqualTo(ClientStatus.INVALID);
        assertThat(withOld.attemptsLeft()).isEqualTo(3);
        assertThat(f.check(started.challengeId(), newCode).status()).isEqualTo(ClientStatus.APPROVED);
    }

    @Test
    void approvedChallenge_cannotBeUsedTwice_andTheContactRecordsTheSignIn() {
        var jane =
                f.context.contacts().search(ContactQuery.active("jane")).rows().get(0);
        assertThat(jane.lastPortalAccess()).isNull();
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        String code = f.lastCode();
        assertThat(f.check(started.challengeId(), code).approved()).isTrue();
        assertThat(f.context.contacts().get(jane.id()).lastPortalAccess()).isEqualTo(f.clock.instant());
        assertThat(f.check(started.challengeId(), code).status()).isEqualTo(ClientStatus.START_AGAIN);
    }

    @Test
    void badCodeFormats_areRefusedWithoutUsingAnAttempt() {
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        for (String bad : new String[] {"", "12a456", "١٢٣٤٥٦", "' or 1=1", "1".repeat(10_000), "12345"}) {
            assertThat(f.check(started.challengeId(), bad).status()).isEqualTo(ClientStatus.INVALID_INPUT);
        }
        assertThat(f.check(started.challengeId(), EngineFixture.wrong(f.lastCode()))
                        .attemptsLeft())
                .isEqualTo(4);
    }

    @Test
    void unknownChallenge_asksToStartAgain() {
        assertThat(f.check(UUID.randomUUID(), "123456").status()).isEqualTo(ClientStatus.START_AGAIN);
    }
}
