package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.testutil.MutableClock;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodeStepTest {
    private final MutableClock clock = MutableClock.at("2026-11-02T15:00:00Z");
    private final CodeStep step = new CodeStep(clock);
    private final ResourceBundle texts = KioskView.texts(Locale.ENGLISH);

    @Test
    void afterSwitchingToEmail_theTextIsNoLongerWatched_andAPlainResendKeepsTheChannel() {
        step.asked(Channel.SMS);
        step.sent(UUID.randomUUID(), 60);
        assertThat(step.waitingForText()).isTrue();
        step.asked(null);
        assertThat(step.waitingForText()).as("a plain resend keeps the text channel").isTrue();
        step.asked(Channel.EMAIL);
        assertThat(step.waitingForText()).isFalse();
    }

    @Test
    void countdown_allowsResendOnlyWhenItReachesZero_andOnlyOnTheCodeStep() {
        step.sent(UUID.randomUUID(), 60);
        step.tick(true, texts);
        assertThat(step.resendLabel().get()).isEqualTo("Send a new code in 60 s");
        assertThat(step.resendAllowed().get()).isFalse();
        clock.advance(Duration.ofSeconds(60));
        step.tick(false, texts);
        assertThat(step.resendAllowed().get()).isFalse();
        step.tick(true, texts);
        assertThat(step.resendAllowed().get()).isTrue();
        assertThat(step.resendLabel().get()).isEqualTo("Send a new code");
    }

    @Test
    void clear_forgetsTheChallengeAndTheCode() {
        step.asked(Channel.SMS);
        step.sent(UUID.randomUUID(), 60);
        step.code().set("123456");
        step.clear();
        assertThat(step.challenge()).isNull();
        assertThat(step.code().get()).isEmpty();
        assertThat(step.waitingForText()).isFalse();
    }
}
