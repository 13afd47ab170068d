package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Email;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.TestActor;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two programs (two EntityManagerFactories) on one AUTO_SERVER database share counters and locks. */
@Tag("db")
class TwoEnginesTest {
    @RegisterExtension
    final EngineFixture kiosk = new EngineFixture();

    private AppContext frontDesk;

    @BeforeEach
    void openTheFrontDesk() {
        frontDesk = AppContext.open(
                AppConfig.forDataDir(kiosk.dataDir),
                Opening.program().at(kiosk.clock).deliveringOn(new DirectExecutorService(), Duration.ZERO));
        kiosk.contact("jane@example.com", "123-45-6789", "(415) 555-0123");
    }

    @AfterEach
    void close() {
        frontDesk.close();
    }

    @Test
    void attemptsTakenOnEitherProgram_shareOneBudget() {
        StartResult started = kiosk.start("jane@example.com", "6789", Channel.SMS);
        String right = kiosk.lastCode();
        String wrong = EngineFixture.wrong(right);
        for (int i = 0; i < 5; i++) {
            CodeCheck checker =
                    i % 2 == 0 ? kiosk.codes() : frontDesk.verification().codeCheck();
            assertThat(checker.check(started.challengeId(), wrong, "t" + i).attemptsLeft())
                    .isEqualTo(4 - i);
        }
        assertThat(frontDesk
                        .verification()
                        .codeCheck()
                        .check(started.challengeId(), right, "t9")
                        .approved())
                .isFalse();
    }

    @Test
    void failuresOnEitherProgram_lockForBoth_andAnUnlockOnOneFreesBoth() {
        kiosk.policy(p -> p.lock(4, Duration.ofHours(24), Duration.ofMinutes(30)));
        kiosk.start("jane@example.com", "1111", Channel.EMAIL);
        frontDesk.verification().engine().start("jane@example.com", "2222", Channel.EMAIL, "desk");
        kiosk.start("jane@example.com", "3333", Channel.EMAIL);
        frontDesk.verification().engine().start("jane@example.com", "4444", Channel.EMAIL, "desk");
        Email jane = new Email("jane@example.com");
        assertThat(kiosk.context.verification().locks().isLocked(jane)).isTrue();
        assertThat(frontDesk.verification().locks().isLocked(jane)).isTrue();
        frontDesk.verification().locks().unlock(jane, TestActor.at("desk"));
        assertThat(kiosk.context.verification().locks().isLocked(jane)).isFalse();
    }

    @Test
    void policySavedOnOne_appliesOnTheOtherAtOnce() {
        frontDesk
                .policies()
                .save(
                        new PolicyBuilder(frontDesk.policies().current())
                                .codeLength(9)
                                .build(),
                        TestActor.STAFF);
        kiosk.start("jane@example.com", "6789", Channel.SMS);
        assertThat(kiosk.lastCode()).hasSize(9);
    }
}
