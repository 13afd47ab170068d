package com.portaldesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Email;
import com.portaldesk.delivery.OutboxEntry;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Send budgets and the SMS country allow-list. */
@Tag("db")
class SendLimitsTest {
    @RegisterExtension
    final EngineFixture f = new EngineFixture();

    @BeforeEach
    void prepare() {
        f.contact("jane@example.com", "123-45-6789", "(415) 555-0123");
    }

    private AuditReason lastRefusal() {
        return f.context
                .audit()
                .list(new AuditQuery(null, null, AuditEventType.SEND_REFUSED, null, null, 1))
                .get(0)
                .reason();
    }

    @Test
    void perIdentity_fiveCodesInFifteenMinutes_thenTryLater_thenAgainAfterTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(f.start("jane@example.com", "6789", Channel.EMAIL).status())
                    .isEqualTo(ClientStatus.CODE_SENT);
            f.advance(Duration.ofSeconds(61));
        }
        StartResult sixth = f.start("jane@example.com", "6789", Channel.EMAIL);
        assertThat(sixth.status()).isEqualTo(ClientStatus.TRY_LATER);
        assertThat(sixth.challengeId()).isNull();
        assertThat(lastRefusal()).isEqualTo(AuditReason.RATE_LIMIT_IDENTITY);
        f.advance(Duration.ofMinutes(15));
        assertThat(f.start("jane@example.com", "6789", Channel.EMAIL).status()).isEqualTo(ClientStatus.CODE_SENT);
    }

    @Test
    void perIdentity_countsDecoysToo() {
        for (int i = 0; i < 5; i++) {
            f.start("nobody@example.com", "6789", Channel.EMAIL);
        }
        assertThat(f.start("nobody@example.com", "6789", Channel.EMAIL).status())
                .isEqualTo(ClientStatus.TRY_LATER);
    }

    @Test
    void resend_respectsTheCooldownAndTheIdentityBudget() {
        StartResult started = f.start("jane@example.com", "6789", Channel.SMS);
        f.advance(Duration.ofSeconds(59));
        StartResult early = f.engine().resend(started.challengeId(), null, EngineFixture.TERMINAL);
        assertThat(early.status()).isEqualTo(ClientStatus.TRY_LATER);
        assertThat(early.message()).contains("1 seconds");
        assertThat(lastRefusal()).isEqualTo(AuditReason.COOLDOWN);
        for (int i = 0; i < 4; i++) {
            f.advance(Duration.ofSeconds(60));
            assertThat(f.engine()
                            .resend(started.challengeId(), null, EngineFixture.TERMINAL)
                            .status())
                    .isEqualTo(ClientStatus.CODE_SENT);
        }
        f.advance(Duration.ofSeconds(60));
        assertThat(f.engine()
                        .resend(started.challengeId(), null, EngineFixture.TERMINAL)
                        .status())
                .isEqualTo(ClientStatus.TRY_LATER);
        assertThat(lastRefusal()).isEqualTo(AuditReason.RATE_LIMIT_IDENTITY);
    }

    @Test
    void perTerminal_limitsCodesPerHourAcrossIdentities() {
        f.policy(p -> p.terminalSendsPerHour(3));
        for (int i = 0; i < 3; i++) {
            assertThat(f.start("person" + i + "@example.com", "1234", Channel.EMAIL)
                            .status())
                    .isEqualTo(ClientStatus.CODE_SENT);
        }
        assertThat(f.start("person9@example.com", "1234", Channel.EMAIL).status())
                .isEqualTo(ClientStatus.TRY_LATER);
        assertThat(lastRefusal()).isEqualTo(AuditReason.RATE_LIMIT_TERMINAL);
        assertThat(f.engine()
                        .start("person9@example.com", "1234", Channel.EMAIL, "other-kiosk")
                        .status())
                .isEqualTo(ClientStatus.CODE_SENT);
    }

    @Test
    void firmWideSmsCeiling_stopsTextsButNotEmail() {
        f.policy(p -> p.firmSmsPerHour(2));
        f.engine().start("a@example.com", "1234", Channel.SMS, "kiosk-a");
        f.engine().start("b@example.com", "1234", Channel.SMS, "kiosk-b");
        assertThat(f.engine()
                        .start("jane@example.com", "6789", Channel.SMS, "kiosk-c")
                        .status())
                .isEqualTo(ClientStatus.TRY_LATER);
        assertThat(lastRefusal()).isEqualTo(AuditReason.RATE_LIMIT_FIRM_SMS);
        assertThat(f.engine()
                        .start("jane@example.com", "6789", Channel.EMAIL, "kiosk-c")
                        .status())
                .isEqualTo(ClientStatus.CODE_SENT);
        f.advance(Duration.ofMinutes(61));
        assertThat(f.engine()
                        .start("jane@example.com", "6789", Channel.SMS, "kiosk-c")
                        .status())
                .isEqualTo(ClientStatus.CODE_SENT);
    }

    @Test
    void smsToACountryOutsideTheAllowList_goesByEmailInstead_underTheSameChallenge() {
        f.contact("nigel@example.com", "219-09-1234", "+44 7400 123456");
        StartResult result = f.start("nigel@example.com", "1234", Channel.SMS);
        assertThat(result.status()).isEqualTo(ClientStatus.CODE_SENT);
        OutboxEntry sent = f.context.outbox().list(1).get(0);
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
        assertThat(sent.destinationMasked()).isEqualTo(new Email("nigel@example.com").masked());
        assertThat(f.engine().deliveryState(result.challengeId())).isEqualTo(DeliveryState.SENT_BY_EMAIL_INSTEAD);
        assertThat(f.context.audit().list(new AuditQuery(null, null, AuditEventType.CHALLENGE_STARTED, null, null, 1)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(AuditReason.MATCH);
                    assertThat(e.channel()).isEqualTo("EMAIL");
                    assertThat(e.detail())
                            .contains("GB, outside the text message country list")
                            .contains("by email");
                });
        assertThat(f.check(result.challengeId(), f.codeIn(sent)).approved()).isTrue();
        assertThat(result.message())
                .isEqualTo(f.start("jane@example.com", "6789", Channel.SMS).message());

        f.policy(p -> p.smsCountries(Set.of("US", "CA", "GB")));
        f.advance(Duration.ofMinutes(1));
        f.start("nigel@example.com", "1234", Channel.SMS);
        assertThat(f.context.outbox().list(1).get(0).destinationMasked()).isEqualTo("•••56");
    }

    @Test
    void premiumRateNumber_isNeverTexted_theCodeGoesByEmail() {
        f.contact("pump@example.com", "219-09-4321", "+1 900 555 0199");
        StartResult result = f.start("pump@example.com", "4321", Channel.SMS);
        OutboxEntry sent = f.context.outbox().list(1).get(0);
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
        assertThat(f.context.audit().list(new AuditQuery(null, null, AuditEventType.CHALLENGE_STARTED, null, null, 1)))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("is premium rate, not a mobile"));
        assertThat(f.check(result.challengeId(), f.codeIn(sent)).approved()).isTrue();
    }

    @Test
    void smsWithoutMobileOnFile_goesByEmail_andEmailStillWorks() {
        f.contact("nomobile@example.com", "219-09-5555", "");
        StartResult sms = f.start("nomobile@example.com", "5555", Channel.SMS);
        OutboxEntry sent = f.context.outbox().list(1).get(0);
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
        assertThat(f.engine().deliveryState(sms.challengeId())).isEqualTo(DeliveryState.SENT_BY_EMAIL_INSTEAD);
        assertThat(f.check(sms.challengeId(), f.codeIn(sent)).approved()).isTrue();
    }

    @Test
    void resendingTheSameWay_answersAsForADecoy_andStillGoesByEmail() {
        f.contact("nomobile@example.com", "219-09-5555", "");
        StartResult real = f.start("nomobile@example.com", "5555", Channel.SMS);
        StartResult decoy = f.start("nobody@example.com", "5555", Channel.SMS);
        f.advance(Duration.ofSeconds(61));
        StartResult realAgain = f.engine().resend(real.challengeId(), null, EngineFixture.TERMINAL);
        OutboxEntry sent = f.context.outbox().list(1).get(0);
        StartResult decoyAgain = f.engine().resend(decoy.challengeId(), null, EngineFixture.TERMINAL);
        assertThat(realAgain.message()).isEqualTo(decoyAgain.message()).contains("text message");
        assertThat(realAgain.channel()).isEqualTo(decoyAgain.channel()).isEqualTo(Channel.SMS);
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
        assertThat(f.check(real.challengeId(), f.codeIn(sent)).approved()).isTrue();
    }

    @Test
    void noTextPossible_andEmailTurnedOff_sendsNothing_butAnswersTheSame() {
        f.contact("nigel@example.com", "219-09-1234", "+44 7400 123456");
        f.policy(p -> p.methods(true, false));
        int before = f.outboxSize();
        StartResult result = f.start("nigel@example.com", "1234", Channel.SMS);
        assertThat(result.status()).isEqualTo(ClientStatus.CODE_SENT);
        assertThat(f.outboxSize()).isEqualTo(before);
        assertThat(f.context.audit().list(new AuditQuery(null, null, AuditEventType.CHALLENGE_STARTED, null, null, 1)))
                .extracting(e -> e.reason())
                .containsExactly(AuditReason.SMS_COUNTRY_NOT_ALLOWED);
    }

    @Test
    void disabledChannel_isRefusedPlainly() {
        f.policy(p -> p.methods(false, true));
        StartResult result = f.start("jane@example.com", "6789", Channel.SMS);
        assertThat(result.status()).isEqualTo(ClientStatus.INVALID_INPUT);
        assertThat(result.message()).contains("Text messages are not available");
    }
}
