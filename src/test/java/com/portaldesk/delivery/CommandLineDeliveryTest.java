package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.testutil.CliProcess;
import com.portaldesk.testutil.Eventually;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Delivery from the command line as it really runs: each command its own short-lived Java process, Twilio played by
 * WireMock (checked against Twilio's contract), a real SMTP server (GreenMail), both on loopback. A code queued by a
 * process is sent before that process exits, or, when it cannot be, by the next PortalDesk process.
 */
@Tag("process")
class CommandLineDeliveryTest {
    private static final String EMAIL = "ann@example.com";

    @TempDir
    Path dir;

    private final TwilioStub twilio = new TwilioStub();
    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private Path dataDir;
    private Path config;
    private CliProcess cli;

    @BeforeEach
    void start() throws Exception {
        mail.start();
        dataDir = dir.resolve("data");
        config = configWithPoll(0);
        cli = new CliProcess(dataDir, config).env("TWILIO_TOKEN", TwilioStub.TOKEN);
        CliProcess.Run added = cli.run(
                "contacts",
                "add",
                "--first-name",
                "Ann",
                "--last-name",
                "Lee",
                "--email",
                EMAIL,
                "--mobile",
                "(415) 555-0123",
                "--ssn",
                "219-09-7351");
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    private Path configWithPoll(int seconds) throws Exception {
        return Files.writeString(
                dir.resolve("config-" + seconds + ".properties"),
                String.join(
                        "\n",
                        "sms.provider=twilio",
                        "twilio.account-sid=" + TwilioStub.ACCOUNT,
                        "twilio.auth-token=${env:TWILIO_TOKEN}",
                        "twilio.from-number=" + TwilioStub.FROM,
                        "twilio.api-base-url=" + twilio.baseUrl(),
                        "twilio.status-poll-seconds=" + seconds,
                        // Twilio's stand-in answers at once; a busy two-core machine (three test JVMs, a child process)
                        // may still take seconds to get the answer across, which is not a Twilio timeout to test here.
                        "twilio.read-timeout-ms=30000",
                        "email.provider=smtp",
                        "smtp.host=127.0.0.1",
                        "smtp.port=" + mail.getSmtp().getPort(),
                        "smtp.security=none",
                        "smtp.from-address=portal@leecpa.example",
                        ""));
    }

    @AfterEach
    void stop() {
        mail.stop();
        assertThat(twilio.contractViolations())
                .as("requests Twilio would reject")
                .isEmpty();
        twilio.close();
    }

    private String startSms(CliProcess with, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "verify", "start", "--email", EMAIL, "--last4", "7351", "--channel", "sms", "--terminal", "lobby"));
        args.addAll(List.of(extra));
        CliProcess.Run run = with.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher id = Pattern.compile("Challenge: (\\S+)").matcher(run.out());
        assertThat(id.find()).as(run.out()).isTrue();
        return id.group(1);
    }

    private static String codeIn(MimeMessage message) throws Exception {
        String text = (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private List<AuditEntry> audit(AuditEventType type) {
        try (AppContext context = AppContext.open(AppConfig.forDataDir(dataDir))) {
            return context.audit().list(new AuditQuery(null, null, type, null, null, 50));
        }
    }

    @ParameterizedTest(name = "Twilio error {0}")
    @ValueSource(ints = {21211, 21610})
    void refusedText_isSentByEmail_beforeTheCommandExits(int twilioError) throws Exception {
        twilio.refuses(400, twilioError);
        String challenge = startSms(cli);

        assertThat(mail.getReceivedMessages())
                .as("the email arrived before the process exited")
                .hasSize(1);
        CliProcess.Run check = cli.run(
                "verify",
                "check",
                "--challenge",
                challenge,
                "--code",
                codeIn(mail.getReceivedMessages()[0]),
                "--terminal",
                "lobby");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(audit(AuditEventType.DELIVERY_FAILED))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("TWILIO_" + twilioError));
        assertThat(audit(AuditEventType.CODE_SENT)).singleElement().satisfies(e -> {
            assertThat(e.channel()).isEqualTo("EMAIL");
            assertThat(e.detail()).startsWith("Accepted by the mail server 127.0.0.1 (Message-ID <");
        });
    }

    @Test
    void textReportedUndelivered_isSentByEmail_beforeTheCommandExits() throws Exception {
        twilio.acceptsThenReports("undelivered", 30003);
        String challenge = startSms(new CliProcess(dataDir, configWithPoll(3)).env("TWILIO_TOKEN", TwilioStub.TOKEN));

        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(cli.run(
                                "verify",
                                "check",
                                "--challenge",
                                challenge,
                                "--code",
                                codeIn(mail.getReceivedMessages()[0]),
                                "--terminal",
                                "lobby")
                        .exitCode())
                .isZero();
        assertThat(audit(AuditEventType.CODE_SENT))
                .extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).isEqualTo("Accepted by Twilio (" + TwilioStub.MESSAGE_SID + ")"))
                .anySatisfy(d -> assertThat(d).startsWith("Accepted by the mail server"));
        assertThat(audit(AuditEventType.DELIVERY_FAILED))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("TWILIO_30003"));
    }

    @Test
    void noWait_leavesTheCodeQueued_andTheNextRunningProcessSendsIt() throws Exception {
        twilio.refuses(400, 21610);
        startSms(cli, "--no-wait");
        assertThat(mail.getReceivedMessages()).isEmpty();

        try (AppContext staffApp = AppContext.open(AppConfig.load(
                config, Map.of("TWILIO_TOKEN", TwilioStub.TOKEN), Map.of(ConfigKey.DATA_DIR, dataDir.toString())))) {
            staffApp.verification().startDeliveries();
            Eventually.waitUntil(
                    "the email from a running staff app",
                    Duration.ofSeconds(30),
                    () -> mail.getReceivedMessages().length == 1);
        }
        assertThat(twilio.requests())
                .as("the text was tried once, by the staff app")
                .hasSize(1);
    }

    @Test
    void processKilledWhileSending_isFinishedByTheNextProcess_once() throws Exception {
        twilio.hangs(60_000); // Twilio takes the request and never answers: the process is killed while it waits
        CliProcess slow = new CliProcess(dataDir, configWithLongTimeout()).env("TWILIO_TOKEN", TwilioStub.TOKEN);
        CliProcess.Started started = slow.start(
                "verify", "start", "--email", EMAIL, "--last4", "7351", "--channel", "sms", "--terminal", "lobby");
        Eventually.waitUntil(
                "the killed process to reach Twilio",
                Duration.ofSeconds(60),
                () -> !twilio.requests().isEmpty());
        started.kill();

        twilio.server.resetAll();
        twilio.refuses(400, 21211);
        try (AppContext next = AppContext.open(AppConfig.load(
                config, Map.of("TWILIO_TOKEN", TwilioStub.TOKEN), Map.of(ConfigKey.DATA_DIR, dataDir.toString())))) {
            next.verification().startDeliveries();
            Eventually.waitUntil(
                    "the next process to finish the killed one's delivery",
                    Duration.ofSeconds(60),
                    () -> mail.getReceivedMessages().length == 1);
        }
        assertThat(twilio.requests()).as("taken over once").hasSize(1);
        assertThat(audit(AuditEventType.CODE_SENT))
                .singleElement()
                .satisfies(e -> assertThat(e.channel()).isEqualTo("EMAIL"));
    }

    private Path configWithLongTimeout() throws Exception {
        return Files.writeString(
                dir.resolve("config-slow.properties"),
                Files.readString(config).replace("twilio.read-timeout-ms=30000", "twilio.read-timeout-ms=120000"));
    }
}
