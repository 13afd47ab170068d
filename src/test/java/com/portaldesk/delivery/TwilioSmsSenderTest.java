package com.portaldesk.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.portaldesk.contacts.Channel;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioSmsSenderTest {
    private final TwilioStub twilio = new TwilioStub();

    @AfterEach
    void stop() {
        assertThat(twilio.contractViolations()).as("requests Twilio would reject").isEmpty();
        twilio.close();
    }

    private TwilioSmsSender sender(int pollSeconds) {
        return new TwilioSmsSender(twilio.settings(pollSeconds), Duration.ofMillis(100));
    }

    private static CodeMessage code() {
        return new CodeMessage(Channel.SMS, "+14155550123", "•••23", "482913", Duration.ofMinutes(10),
                "Lee & Partners CPA", "Ann");
    }

    @Test
    void send_postsTheTextWithBasicAuth_andReportsTheMessageSid() {
        twilio.acceptsThenReports("delivered", null);
        DeliveryResult result = sender(1).send(code());
        assertThat(result.sent()).isTrue();
        assertThat(result.providerReference()).isEqualTo(TwilioStub.MESSAGE_SID);
        LoggedRequest create = twilio.requests().stream().filter(r -> r.getMethod().getName().equals("POST"))
                .findFirst().orElseThrow();
        String form = URLDecoder.decode(create.getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).contains("To=+14155550123").contains("From=" + TwilioStub.FROM)
                .contains("Body=Lee & Partners CPA: your verification code is 482913. It expires in 10 minutes. "
                        + "Don't share it.");
        assertThat(create.getHeader("Authorization")).startsWith("Basic ");
        assertThat(form).doesNotContain("Ann");
    }

    @ParameterizedTest
    @CsvSource({
            "400, 21211, TWILIO_21211, not valid",
            "400, 21610, TWILIO_21610, STOP",
            "400, 21408, TWILIO_21408, Geo permissions",
            "401, 20003, TWILIO_20003, credentials",
            "429, 20429, TWILIO_20429, limiting",
    })
    void twilioErrors_becomeClearReasons(int status, int code, String failureCode, String words) {
        twilio.refuses(status, code);
        DeliveryResult result = sender(0).send(code());
        assertThat(result.sent()).isFalse();
        assertThat(result.failureCode()).isEqualTo(failureCode);
        assertThat(result.failureMessage()).contains(words).doesNotContain(TwilioStub.TOKEN);
    }

    @Test
    void serverError_isTwilioUnavailable() {
        twilio.fails(500);
        DeliveryResult result = sender(0).send(code());
        assertThat(result.failureCode()).isEqualTo("TWILIO_UNAVAILABLE");
    }

    @Test
    void timeout_isUnreachable_withinTheReadTimeout() {
        twilio.hangs(5_000);
        long start = System.nanoTime();
        DeliveryResult result = sender(0).send(code());
        assertThat(result.failureCode()).isEqualTo("TWILIO_UNREACHABLE");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void serverDown_isUnreachable() {
        TwilioSmsSender sender = sender(0);
        twilio.server.stop();
        assertThat(sender.send(code()).failureCode()).isEqualTo("TWILIO_UNREACHABLE");
    }

    @Test
    void statusPoll_endingUndelivered_isAFailureWithTheCarrierReason() {
        twilio.acceptsThenReports("undelivered", 30003);
        DeliveryResult result = sender(2).send(code());
        assertThat(result.sent()).isFalse();
        assertThat(result.failureCode()).isEqualTo("TWILIO_30003");
        assertThat(result.failureMessage()).contains("switched off");
    }

    @Test
    void messagingService_isUsedInsteadOfFromNumber() {
        twilio.server.stubFor(post(urlPathEqualTo(TwilioStub.MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TwilioStub.message("queued", null))));
        var config = twilio.config(0, java.util.Map.of(com.portaldesk.config.ConfigKey.TWILIO_FROM_NUMBER, "",
                com.portaldesk.config.ConfigKey.TWILIO_MESSAGING_SERVICE_SID, "MG" + "0".repeat(32)));
        new TwilioSmsSender(config.twilio().orElseThrow(), Duration.ofMillis(100)).send(code());
        String form = URLDecoder.decode(twilio.requests().get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).contains("MessagingServiceSid=MG").doesNotContain("From=");
    }

    @Test
    void settings_neverPrintTheToken() {
        assertThat(twilio.settings(0).toString()).doesNotContain(TwilioStub.TOKEN).contains("••••");
    }
}
