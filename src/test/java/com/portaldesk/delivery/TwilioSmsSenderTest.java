package com.portaldesk.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("plain")
class TwilioSmsSenderTest {
    private final TwilioStub twilio = new TwilioStub();

    @AfterEach
    void stop() {
        assertThat(twilio.contractViolations())
                .as("requests Twilio would reject")
                .isEmpty();
        twilio.close();
    }

    private TwilioSmsSender sender(int pollSeconds) {
        return new TwilioSmsSender(twilio.settings(pollSeconds));
    }

    private static CodeMessage code() {
        return code(Language.ENGLISH);
    }

    private static CodeMessage code(Language language) {
        return new CodeMessage(
                Channel.SMS,
                "+14155550123",
                "•••23",
                "482913",
                Duration.ofMinutes(10),
                "Lee & Partners CPA",
                "(415) 555-0100",
                "Ann",
                language);
    }

    private String sentBody() {
        LoggedRequest create = twilio.requests().stream()
                .filter(r -> r.getMethod().getName().equals("POST"))
                .findFirst()
                .orElseThrow();
        return URLDecoder.decode(create.getBodyAsString(), StandardCharsets.UTF_8);
    }

    @Test
    void send_postsTheTextWithBasicAuth_andReportsTheMessageSid() {
        twilio.acceptsThenReports("delivered", null);
        DeliveryResult result = sender(1).send(code());
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.ACCEPTED);
        assertThat(result.providerReference()).isEqualTo(TwilioStub.MESSAGE_SID);
        assertThat(result.summary()).isEqualTo("Accepted by Twilio (" + TwilioStub.MESSAGE_SID + ")");
        String form = sentBody();
        assertThat(form)
                .contains("To=+14155550123")
                .contains("From=" + TwilioStub.FROM)
                .contains("Body=Lee & Partners CPA: your verification code is 482913. It expires in 10 minutes. "
                        + "Don't share it. Didn't ask for it? Call Lee & Partners CPA at (415) 555-0100.");
        assertThat(twilio.requests().get(0).getHeader("Authorization")).startsWith("Basic ");
        assertThat(form).doesNotContain("Ann");
        assertThat(twilio.requests()).as("send does not wait for the status").hasSize(1);
    }

    @Test
    void send_inSpanish_writesTheTextInSpanish() {
        twilio.acceptsThenReports("delivered", null);
        sender(0).send(code(Language.SPANISH));
        assertThat(sentBody())
                .contains("Lee & Partners CPA: su código de verificación es 482913. Vence en 10 minutos.")
                .contains("Llame a Lee & Partners CPA al (415) 555-0100.");
    }

    @Test
    void status_afterAcceptance_reportsDeliveredOrTheCarrierFailure() {
        twilio.acceptsThenReports("delivered", null);
        assertThat(sender(2).status(Channel.SMS, TwilioStub.MESSAGE_SID).delivered())
                .isTrue();
        twilio.acceptsThenReports("undelivered", 30003);
        DeliveryResult undelivered = sender(2).status(Channel.SMS, TwilioStub.MESSAGE_SID);
        assertThat(undelivered.sent()).isFalse();
        assertThat(undelivered.failureCode()).isEqualTo("TWILIO_30003");
        assertThat(undelivered.failureMessage()).contains("switched off");
        assertThat(sender(20).watchWindow(Channel.SMS)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void htmlErrorPage_isABadResponseFromTwilio_notUnreachable() {
        twilio.answersHtml(502);
        DeliveryResult result = sender(0).send(code());
        assertThat(result.failureCode()).isEqualTo("TWILIO_BAD_RESPONSE");
        assertThat(result.failureMessage())
                .startsWith("Bad response from Twilio")
                .contains("HTTP 502");
        assertThat(result.retryable()).isTrue();
    }

    @Test
    void unreadableSuccessBody_isABadResponseFromTwilio() {
        twilio.answersGarbage();
        assertThat(sender(0).send(code()).failureCode()).isEqualTo("TWILIO_BAD_RESPONSE");
    }

    @ParameterizedTest
    @CsvSource({
        "400, 21211, TWILIO_21211, not valid",
        "400, 21610, TWILIO_21610, STOP",
        "400, 21408, TWILIO_21408, Geo permissions",
        "401, 20003, TWILIO_20003, credentials",
        "429, 20429, TWILIO_20429, limiting",
        "400, 30034, TWILIO_30034, not registered for A2P 10DLC",
        "400, 30032, TWILIO_30032, toll-free number because it is not verified",
        "400, 30027, TWILIO_30027, T-Mobile's daily limit",
        "400, 21704, TWILIO_21704, Messaging Service has no phone numbers",
        "400, 30125, TWILIO_30125, could not register the firm's number",
        "400, 21717, TWILIO_21717, brand is not registered or not valid",
        "400, 30037, TWILIO_30037, turned off outbound texts for the firm's account",
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
    void messagingService_isUsedInsteadOfFromNumber() {
        twilio.server.stubFor(post(urlPathEqualTo(TwilioStub.MESSAGES))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TwilioStub.message("queued", null))));
        var config = twilio.config(
                0,
                Map.of(
                        ConfigKey.TWILIO_FROM_NUMBER,
                        "",
                        ConfigKey.TWILIO_MESSAGING_SERVICE_SID,
                        "MG" + "0".repeat(32)));
        TwilioSmsSender sender = new TwilioSmsSender(config.twilio().orElseThrow());
        sender.send(code());
        String form = URLDecoder.decode(twilio.requests().get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).contains("MessagingServiceSid=MG").doesNotContain("From=");
        assertThat(sender.describe())
                .as("which sender is live")
                .isEqualTo("Twilio (Messaging Service MG" + "0".repeat(32) + ")");
    }

    @Test
    void settings_neverPrintTheToken() {
        assertThat(twilio.settings(0).toString())
                .doesNotContain(TwilioStub.TOKEN)
                .contains("••••");
    }
}
