package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.cli.ExitCodes;
import com.portaldesk.cli.PortalDeskCli;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.testutil.TestActor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** delivery status / test-sms / test-email with real settings against loopback servers. */
@Tag("db")
class DeliveryCliTest {
    private static final String SMTP_SECRET = "smtp-secret-value";

    @TempDir
    Path dir;

    private final TwilioStub twilio = new TwilioStub();
    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(
                    GreenMailConfiguration.aConfig().withUser("portal@leecpa.example", "portal", SMTP_SECRET));
    private String out;
    private Path config;

    @BeforeEach
    void start() throws Exception {
        mail.start();
        config = Files.writeString(
                dir.resolve("config.properties"),
                String.join(
                        "\n",
                        "sms.provider=twilio",
                        "twilio.account-sid=" + TwilioStub.ACCOUNT,
                        "twilio.auth-token=${env:TWILIO_TOKEN}",
                        "twilio.from-number=" + TwilioStub.FROM,
                        "twilio.api-base-url=" + twilio.baseUrl(),
                        "twilio.status-poll-seconds=0",
                        "email.provider=smtp",
                        "smtp.host=127.0.0.1",
                        "smtp.port=" + mail.getSmtp().getPort(),
                        "smtp.security=none",
                        "smtp.username=portal",
                        "smtp.password=${env:SMTP_PASSWORD}",
                        "smtp.from-address=portal@leecpa.example",
                        ""));
    }

    @AfterEach
    void stop() {
        mail.stop();
        twilio.close();
    }

    private int run(String... args) {
        List<String> all =
                new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString(), "--config", config.toString()));
        all.addAll(List.of(args));
        CommandLine cli = PortalDeskCli.create(
                AppContext::open,
                (c, kiosk) -> {},
                Map.of("TWILIO_TOKEN", TwilioStub.TOKEN, "SMTP_PASSWORD", SMTP_SECRET));
        StringWriter text = new StringWriter();
        cli.setOut(new PrintWriter(text));
        cli.setErr(new PrintWriter(text));
        int code = cli.execute(all.toArray(String[]::new));
        out = text.toString();
        return code;
    }

    @Test
    void status_namesTheLiveProviders() {
        assertThat(run("delivery", "status")).isZero();
        assertThat(out)
                .contains("Texts: Twilio (from " + TwilioStub.FROM + ")")
                .contains("Email: SMTP "
                        + "(portal@leecpa.example through 127.0.0.1:"
                        + mail.getSmtp().getPort() + ", unencrypted, this "
                        + "computer only, signed in as portal)");
    }

    @Test
    void testEmail_arrives_andJsonHoldsNoSecret() throws Exception {
        assertThat(run("delivery", "test-email", "--to", "ann@example.com", "--json"))
                .isZero();
        assertThat(out).contains("\"sent\" : true").doesNotContain(SMTP_SECRET);
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getSubject()).endsWith("test message");
    }

    @Test
    void testSms_reportsThePreciseTwilioReason_andLogsTheNumberMaskedOnly() {
        twilio.refuses(400, 21211);
        Logger logger = (Logger) LoggerFactory.getLogger(TwilioSmsSender.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            assertThat(run("delivery", "test-sms", "--to", "(415) 555-0123", "--json"))
                    .isEqualTo(ExitCodes.REFUSED);
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(out).contains("TWILIO_21211").contains("not valid").doesNotContain(TwilioStub.TOKEN);
        assertThat(twilio.contractViolations()).isEmpty();
        assertThat(logged.list)
                .as("Twilio's refusal is logged")
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .doesNotContain("5550123")
                        .doesNotContain("555-0123"));
    }

    @Test
    void testSms_whenTwilioAccepts_printsTheMessageSid() {
        twilio.acceptsThenReports("delivered", null);
        assertThat(run("delivery", "test-sms", "--to", "+1 415 555 0123")).isZero();
        assertThat(out).contains("Accepted by Twilio (" + TwilioStub.MESSAGE_SID + ")");
        assertThat(twilio.contractViolations()).isEmpty();
    }

    private List<AuditEntry> testEvents() {
        try (AppContext context = AppContext.open(AppConfig.load(
                config,
                Map.of("TWILIO_TOKEN", TwilioStub.TOKEN, "SMTP_PASSWORD", SMTP_SECRET),
                Map.of(ConfigKey.DATA_DIR, dir.resolve("data").toString())))) {
            return context.audit().list(new AuditQuery(null, null, AuditEventType.DELIVERY_TESTED, null, null, 10));
        }
    }

    @Test
    void testSms_outsideTheCountryList_orNotAMobile_isNotSent_andIsAudited() {
        assertThat(run("delivery", "test-sms", "--to", "+44 7400 123456")).isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("SMS_COUNTRY_NOT_ALLOWED").contains("GB");
        assertThat(run("delivery", "test-sms", "--to", "+1 900 555 0199")).isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("SMS_NUMBER_NOT_MOBILE").contains("premium rate");
        assertThat(twilio.requests()).as("nothing reached Twilio").isEmpty();
        assertThat(testEvents()).hasSize(2).allSatisfy(e -> {
            assertThat(e.detail()).startsWith("Test message refused").contains("Asked by os:");
            assertThat(e.actor()).as("who asked, in the event's own actor").startsWith("os:");
            assertThat(e.destinationMasked()).startsWith("•••");
        });
    }

    @Test
    void testSms_obeysTheFirmWideHourlyBudget() {
        twilio.acceptsThenReports("delivered", null);
        try (AppContext context = AppContext.open(AppConfig.load(
                config,
                Map.of("TWILIO_TOKEN", TwilioStub.TOKEN, "SMTP_PASSWORD", SMTP_SECRET),
                Map.of(ConfigKey.DATA_DIR, dir.resolve("data").toString())))) {
            context.policies()
                    .save(
                            new PolicyBuilder(context.policies().current())
                                    .firmSmsPerHour(1)
                                    .build(),
                            TestActor.STAFF);
        }
        assertThat(run("delivery", "test-sms", "--to", "+1 415 555 0123")).isZero();
        assertThat(run("delivery", "test-sms", "--to", "+1 415 555 0124")).isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("RATE_LIMIT_FIRM_SMS");
        assertThat(twilio.requests().stream()
                        .filter(r -> r.getMethod().getName().equals("POST")))
                .hasSize(1);
        assertThat(testEvents()).extracting(e -> e.destinationMasked()).containsExactly("•••24", "•••23");
    }

    @Test
    void badDestination_isInvalidInput() {
        assertThat(run("delivery", "test-sms", "--to", "12")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("delivery", "test-email", "--to", "not-an-address")).isEqualTo(ExitCodes.INVALID_INPUT);
    }
}
