package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.contacts.Channel;
import com.portaldesk.insights.Insight;
import com.portaldesk.insights.InsightKind;
import com.portaldesk.insights.SignInInsights;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.verify.DeliveryState;
import com.portaldesk.verify.StartResult;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Through the engine: a text fails at Twilio, a fresh code arrives by email, and that code signs the client in. */
@Tag("db")
class FallbackEndToEndTest {
    @TempDir
    Path dataDir;

    private final TwilioStub twilio = new TwilioStub();
    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private AppContext context;

    @BeforeEach
    void open() {
        mail.start();
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.DATA_DIR, dataDir.toString());
        values.put(ConfigKey.SMS_PROVIDER, "twilio");
        values.put(ConfigKey.TWILIO_ACCOUNT_SID, TwilioStub.ACCOUNT);
        values.put(ConfigKey.TWILIO_AUTH_TOKEN, "${env:PD_TWILIO_TOKEN}");
        values.put(ConfigKey.TWILIO_FROM_NUMBER, TwilioStub.FROM);
        values.put(ConfigKey.TWILIO_API_BASE_URL, twilio.baseUrl());
        values.put(ConfigKey.TWILIO_STATUS_POLL_SECONDS, "0");
        values.put(ConfigKey.EMAIL_PROVIDER, "smtp");
        values.put(ConfigKey.SMTP_HOST, "127.0.0.1");
        values.put(ConfigKey.SMTP_PORT, Integer.toString(mail.getSmtp().getPort()));
        values.put(ConfigKey.SMTP_SECURITY, "none");
        values.put(ConfigKey.SMTP_FROM_ADDRESS, "portal@leecpa.example");
        AppConfig config = AppConfig.load(null, Map.of("PD_TWILIO_TOKEN", TwilioStub.TOKEN), values);
        context = AppContext.open(
                config,
                Opening.program()
                        .at(MutableClock.at("2026-07-01T15:00:00Z"))
                        .deliveringOn(new DirectExecutorService(), Duration.ZERO));
    }

    @AfterEach
    void close() {
        context.close();
        mail.stop();
        assertThat(twilio.contractViolations()).isEmpty();
        twilio.close();
    }

    private static String codeIn(MimeMessage message) throws Exception {
        String text = (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void failedText_sendsAFreshCodeByEmail_whichSignsTheClientIn() throws Exception {
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Ann", "Lee")
                                .withEmail("ann@example.com")
                                .withMobile("(415) 555-0123")
                                .withSsn("219-09-7351")
                                .build(),
                        TestActor.STAFF);
        twilio.refuses(400, 21610);

        StartResult started = context.verification().engine().start("ann@example.com", "7351", Channel.SMS, "lobby");
        assertThat(started.message()).contains("by text message");

        assertThat(mail.getReceivedMessages()).hasSize(1);
        String code = codeIn(mail.getReceivedMessages()[0]);
        assertThat(context.verification().engine().deliveryState(started.challengeId()))
                .isEqualTo(DeliveryState.SENT_BY_EMAIL_INSTEAD);
        assertThat(context.verification()
                        .codeCheck()
                        .check(started.challengeId(), code, "lobby")
                        .approved())
                .isTrue();

        List<AuditEntry> failures =
                context.audit().list(new AuditQuery(null, null, AuditEventType.DELIVERY_FAILED, null, null, 10));
        assertThat(failures)
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("TWILIO_21610"));
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.CODE_RESENT, null, null, 10)))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("text message failed"));
    }

    @Test
    void undeliveredText_triggersTheFallbackToo() throws Exception {
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Ann", "Lee")
                                .withEmail("ann@example.com")
                                .withMobile("(415) 555-0123")
                                .withSsn("219-09-7351")
                                .build(),
                        TestActor.STAFF);
        context.close();
        twilio.acceptsThenReports("undelivered", 30005);
        AppConfig withPolling = context.config().with(ConfigKey.TWILIO_STATUS_POLL_SECONDS, "3");
        context = AppContext.open(
                withPolling,
                Opening.program()
                        .at(MutableClock.at("2026-07-01T15:00:00Z"))
                        .deliveringOn(new DirectExecutorService(), Duration.ZERO));
        StartResult started = context.verification().engine().start("ann@example.com", "7351", Channel.SMS, "lobby");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(context.verification()
                        .codeCheck()
                        .check(started.challengeId(), codeIn(mail.getReceivedMessages()[0]), "lobby")
                        .approved())
                .isTrue();
    }

    /** 30034: a 10DLC number not registered; 30032: a toll-free number not verified. */
    @ParameterizedTest(name = "Twilio error {0}")
    @CsvSource({"30034, not registered for A2P 10DLC", "30032, toll-free number because it is not verified"})
    void anUnregisteredSendingNumber_sendsEveryCodeByEmail_andInsightsSayItOnceForTheFirm(
            int twilioError, String reason) throws Exception {
        String[][] clients = {
            {"Ann", "Lee", "ann@example.com", "(415) 555-0123", "219-09-7351"},
            {"Bo", "Ray", "bo@example.com", "(415) 555-0124", "219-09-7352"},
            {"Cy", "Park", "cy@example.com", "(415) 555-0125", "219-09-7353"}
        };
        for (String[] c : clients) {
            context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName(c[0], c[1])
                                    .withEmail(c[2])
                                    .withMobile(c[3])
                                    .withSsn(c[4])
                                    .build(),
                            TestActor.STAFF);
        }
        context.close();
        twilio.acceptsThenReports("undelivered", twilioError); // how carriers refuse an unregistered sender
        AppConfig withPolling = context.config().with(ConfigKey.TWILIO_STATUS_POLL_SECONDS, "3");
        context = AppContext.open(
                withPolling,
                Opening.program()
                        .at(MutableClock.at("2026-07-01T15:00:00Z"))
                        .deliveringOn(new DirectExecutorService(), Duration.ZERO));
        for (String[] c : clients) {
            context.verification().engine().start(c[2], c[4].substring(7), Channel.SMS, "lobby");
        }
        assertThat(mail.getReceivedMessages())
                .as("every client's code went by email")
                .hasSize(3);
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.DELIVERY_FAILED, null, null, 10)))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.detail())
                        .startsWith("TWILIO_" + twilioError + ": ")
                        .contains(reason));

        List<Insight> insights =
                new SignInInsights(context.audit(), context.contacts()).since(Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(insights)
                .filteredOn(i -> i.kind() == InsightKind.SENDER_NOT_REGISTERED)
                .singleElement()
                .satisfies(insight -> {
                    assertThat(insight.count()).isEqualTo(3);
                    assertThat(insight.contactId())
                            .as("about the firm, not a client")
                            .isNull();
                    assertThat(insight.nextStep())
                            .contains("Regulatory compliance")
                            .contains("by email");
                });
        assertThat(insights)
                .as("not also a failure per client")
                .noneMatch(i -> i.kind() == InsightKind.UNDELIVERED_TEXTS);
    }

    @Test
    void noEmailPossible_leavesTheClientToTheFrontDesk() {
        context.policies()
                .save(
                        new PolicyBuilder(context.policies().current())
                                .methods(true, false)
                                .build(),
                        TestActor.STAFF);
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Ann", "Lee")
                                .withEmail("ann@example.com")
                                .withMobile("(415) 555-0123")
                                .withSsn("219-09-7351")
                                .build(),
                        TestActor.STAFF);
        twilio.refuses(400, 30006);
        StartResult started = context.verification().engine().start("ann@example.com", "7351", Channel.SMS, "lobby");
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(context.verification().engine().deliveryState(started.challengeId()))
                .isEqualTo(DeliveryState.NO_FALLBACK);
    }

    @Test
    void decoys_neverReachTwilioOrTheMailServer() {
        twilio.acceptsThenReports("delivered", null);
        StartResult decoy = context.verification().engine().start("nobody@example.com", "7351", Channel.SMS, "lobby");
        assertThat(twilio.requests()).isEmpty();
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(context.verification().engine().deliveryState(decoy.challengeId()))
                .isEqualTo(DeliveryState.SENT);
    }
}
