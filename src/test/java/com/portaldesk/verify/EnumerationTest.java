package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.testutil.TestActor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Unknown email, wrong last four, locked, portal off and a real match must look the same to the client:
 * start, resend and check answer identically in every field the client sees (the challenge id is random in
 * every case), and decoys count attempts and expire like real challenges.
 */
@Tag("db")
class EnumerationTest {
    @RegisterExtension
    final EngineFixture f = new EngineFixture();

    private final Map<String, String[]> cases = new LinkedHashMap<>();

    @BeforeEach
    void prepare() {
        f.policy(p -> p.lock(3, Duration.ofHours(24), Duration.ofMinutes(30)));
        f.contact("match@example.com", "123-45-6789", "(415) 555-0123");
        f.contact("wrong@example.com", "287-65-4321", "(415) 555-0124");
        f.contact("locked@example.com", "219-09-7351", "(415) 555-0125");
        var off = f.contact("off@example.com", "318-21-5183", "(415) 555-0126");
        f.context.contacts().setPortalAccess(off.id(), false, TestActor.STAFF);
        for (int i = 0; i < 3; i++) {
            f.start("locked@example.com", "0001", Channel.SMS);
        }
        f.policy(p -> p.lock(10, Duration.ofHours(24), Duration.ofMinutes(30)));
        cases.put("real match", new String[] {"match@example.com", "6789"});
        cases.put("unknown email", new String[] {"nobody@example.com", "6789"});
        cases.put("wrong last four", new String[] {"wrong@example.com", "9999"});
        cases.put("locked", new String[] {"locked@example.com", "7351"});
        cases.put("portal off", new String[] {"off@example.com", "5183"});
    }

    /** Everything the client can see of a start or resend: all but the random challenge id. */
    private static List<Object> visible(StartResult r) {
        return List.of(r.status(), r.message(), r.channel(), r.codeLength(), r.expiresInSeconds(), r.resendInSeconds());
    }

    private static List<Object> visible(CheckResult r) {
        return List.of(r.status(), r.message(), r.attemptsLeft(), r.session().isPresent());
    }

    @Test
    void start_resend_andCheck_lookTheSameInEveryCase() {
        Map<String, StartResult> started = new LinkedHashMap<>();
        cases.forEach((name, input) -> started.put(name, f.start(input[0], input[1], Channel.SMS)));
        f.advance(Duration.ofSeconds(60));
        Map<String, StartResult> resent = new LinkedHashMap<>();
        started.forEach((name, s) ->
                resent.put(name, f.engine().resend(s.challengeId(), Channel.EMAIL, EngineFixture.TERMINAL)));
        Map<String, CheckResult> checked = new LinkedHashMap<>();
        started.forEach((name, s) -> checked.put(name, f.check(s.challengeId(), "000000")));

        List<Object> expectedStart = visible(started.get("real match"));
        List<Object> expectedResend = visible(resent.get("real match"));
        List<Object> expectedCheck = visible(checked.get("real match"));
        for (String name : cases.keySet()) {
            assertThat(visible(started.get(name))).as("start, %s", name).isEqualTo(expectedStart);
            assertThat(started.get(name).challengeId()).as("start, %s", name).isNotNull();
            assertThat(visible(resent.get(name))).as("resend, %s", name).isEqualTo(expectedResend);
            assertThat(visible(checked.get(name))).as("check, %s", name).isEqualTo(expectedCheck);
        }
        assertThat(expectedStart.get(0)).isEqualTo(ClientStatus.CODE_SENT);
        assertThat(expectedCheck.get(0)).isEqualTo(ClientStatus.INVALID);
    }

    @Test
    void theLockFallsAtTheSameCount_whetherTheLastFourWasRightOrNot() {
        f.policy(p -> p.lock(4, Duration.ofHours(24), Duration.ofMinutes(30)));
        StartResult real = f.start("match@example.com", "6789", Channel.SMS);
        StartResult decoy = f.start("wrong@example.com", "9999", Channel.SMS);
        for (int i = 0; i < 5; i++) {
            CheckResult onReal = f.check(real.challengeId(), "000000");
            assertThat(visible(f.check(decoy.challengeId(), "000000")))
                    .as("check %d", i + 1)
                    .isEqualTo(visible(onReal));
        }
    }

    @Test
    void decoys_countAttemptsLikeRealChallenges() {
        StartResult real = f.start("match@example.com", "6789", Channel.SMS);
        StartResult decoy = f.start("nobody@example.com", "6789", Channel.SMS);
        for (int i = 0; i < 5; i++) {
            assertThat(visible(f.check(decoy.challengeId(), "000000")))
                    .isEqualTo(visible(f.check(real.challengeId(), "000000")));
        }
        assertThat(f.check(decoy.challengeId(), "000000").status()).isEqualTo(ClientStatus.TOO_MANY_ATTEMPTS);
    }

    @Test
    void decoys_expireLikeRealChallenges() {
        StartResult real = f.start("match@example.com", "6789", Channel.SMS);
        StartResult decoy = f.start("wrong@example.com", "9999", Channel.SMS);
        f.advance(Duration.ofMinutes(10));
        CheckResult realResult = f.check(real.challengeId(), "000000");
        assertThat(realResult.status()).isEqualTo(ClientStatus.EXPIRED);
        assertThat(visible(f.check(decoy.challengeId(), "000000"))).isEqualTo(visible(realResult));
    }

    @Test
    void decoys_neverApprove_andSendNothing() {
        int before = f.outboxSize();
        StartResult decoy = f.start("off@example.com", "5183", Channel.EMAIL);
        assertThat(f.outboxSize()).isEqualTo(before);
        for (int i = 0; i < 5; i++) {
            assertThat(f.check(decoy.challengeId(), String.format("%06d", i)).approved())
                    .isFalse();
        }
    }
}
