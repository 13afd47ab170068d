package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.config.AppConfig;
import com.portaldesk.testutil.CliProcess;
import com.portaldesk.testutil.Eventually;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft 365 mail as the program really runs it: separate short-lived processes, each signing in through MSAL4J
 * to the identity platform's stand-in (trusted through the JVM's own trust store setting) and sending through a
 * real SMTP server with XOAUTH2. A text refused for an unregistered 10DLC number falls back to such an email before
 * the command exits.
 */
@Tag("process")
class Microsoft365CommandLineTest {
    private static final String MAILBOX = "portal@leecpa.example";

    @TempDir
    Path dir;

    private EntraStandIn entra;
    private OAuthMailbox mail;
    private final TwilioStub twilio = new TwilioStub();
    private CliProcess cli;

    @BeforeEach
    void start() throws Exception {
        entra = new EntraStandIn();
        mail = new OAuthMailbox(MAILBOX, EntraStandIn.TOKEN);
        Path config = Files.writeString(
                dir.resolve("config.properties"),
                String.join(
                        "\n",
                        "sms.provider=twilio",
                        "twilio.account-sid=" + TwilioStub.ACCOUNT,
                        "twilio.auth-token=${env:TWILIO_TOKEN}",
                        "twilio.from-number=" + TwilioStub.FROM,
                        "twilio.api-base-url=" + twilio.baseUrl(),
                        "twilio.status-poll-seconds=0",
                        "email.provider=microsoft365",
                        "microsoft365.tenant-id=" + EntraStandIn.TENANT,
                        "microsoft365.client-id=" + EntraStandIn.CLIENT,
                        "microsoft365.client-secret=${env:M365_SECRET}",
                        "microsoft365.mailbox=" + MAILBOX,
                        "microsoft365.smtp-host=127.0.0.1",
                        "microsoft365.smtp-port=" + mail.port(),
                        // The stand-in's address; in production this key keeps its default, login.microsoftonline.com.
                        "microsoft365.authority=https://127.0.0.1:" + entra.server.httpsPort() + "/",
                        ""));
        cli = TestTls.trusting(new CliProcess(dir.resolve("data"), config)
                .env("TWILIO_TOKEN", TwilioStub.TOKEN)
                .env("M365_SECRET", EntraStandIn.SECRET));
    }

    @AfterEach
    void stop() throws Exception {
        mail.close();
        entra.close();
        twilio.close();
    }

    @Test
    void status_namesTheMailPath_andATestEmailGoesThroughXoauth2() {
        CliProcess.Run status = cli.run("delivery", "status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out())
                .contains("Email: Microsoft 365 (" + MAILBOX + " through 127.0.0.1, signed in as "
                        + "an app of the Microsoft Entra tenant " + EntraStandIn.TENANT + ")");

        CliProcess.Run sent = cli.run("delivery", "test-email", "--to", "you@leecpa.example");
        assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
        assertThat(sent.out()).contains("Accepted by the mail server 127.0.0.1");
        assertThat(mail.received()).hasSize(1);
        assertThat(sent.out() + sent.err()).doesNotContain(EntraStandIn.SECRET).doesNotContain(EntraStandIn.TOKEN);
    }

    @Test
    void aTextRefusedForAnUnregisteredNumber_isFollowedByAnEmailSentThroughXoauth2_beforeTheCommandExits() {
        CliProcess.Run added = cli.run(
                "contacts",
                "add",
                "--first-name",
                "Ann",
                "--last-name",
                "Lee",
                "--email",
                "ann@example.com",
                "--mobile",
                "(415) 555-0123",
                "--ssn",
                "219-09-7351");
        assertThat(added.exitCode()).as(added.err()).isZero();
        twilio.refuses(400, 30034);
        CliProcess.Run started = cli.run(
                "verify",
                "start",
                "--email",
                "ann@example.com",
                "--last4",
                "7351",
                "--channel",
                "sms",
                "--terminal",
                "lobby");
        assertThat(started.exitCode()).as(started.out() + started.err()).isZero();
        assertThat(mail.received())
                .as("the code went by email, signed in with the app's token")
                .hasSize(1);
        assertThat(entra.tokenRequests()).isNotEmpty();
    }

    @Test
    void aSecretThatExpired_isSaidByTheCommand_withItsNextStep() {
        entra.refuses(401, "invalid_client", 7000222, "The provided client secret keys for app are expired.");
        CliProcess.Run sent = cli.run("delivery", "test-email", "--to", "you@leecpa.example");
        assertThat(sent.exitCode()).isNotZero();
        assertThat(sent.out() + sent.err())
                .contains("The client secret has expired")
                .contains("AADSTS7000222")
                .doesNotContain(EntraStandIn.SECRET);
        assertThat(mail.received()).isEmpty();
    }

    /** A firm still sending with a password, once Microsoft refuses it: the command says to switch, and how. */
    @Test
    void aPasswordRefusedWith5730_isSaidByTheCommand_withTheWayToSwitch() throws Exception {
        try (RefusingSmtpServer exchange = new RefusingSmtpServer(
                        "250 OK", "535 5.7.30 Basic authentication is not supported for Client Submission.");
                StartTlsFront tls = new StartTlsFront(TestTls.server(), exchange.port())) {
            Path config = Files.writeString(
                    dir.resolve("password.properties"),
                    String.join(
                            "\n",
                            "email.provider=smtp",
                            "smtp.host=127.0.0.1",
                            "smtp.port=" + tls.port(),
                            "smtp.security=starttls",
                            "smtp.username=" + MAILBOX,
                            "smtp.password=${env:SMTP_PASSWORD}",
                            "smtp.from-address=" + MAILBOX,
                            ""));
            CliProcess.Run sent = TestTls.trusting(
                            new CliProcess(dir.resolve("data"), config).env("SMTP_PASSWORD", "Old-Mailbox-Pw-9"))
                    .run("delivery", "test-email", "--to", "you@leecpa.example");
            assertThat(sent.exitCode()).isNotZero();
            assertThat(sent.out() + sent.err())
                    .contains("5.7.30")
                    .contains("email.provider=microsoft365")
                    .doesNotContain("Old-Mailbox-Pw-9");
        }
    }

    /**
     * A command killed (SIGKILL) while it waits for its token loses no code and sends none twice: the email stays
     * queued, and the next staff app to start, a process of its own, signs in for itself and sends it once.
     */
    @Test
    void aCommandKilledWhileSigningIn_leavesItsEmailToTheNextStaffApp_whichSendsItOnce() throws Exception {
        CliProcess.Run added = cli.run(
                "contacts",
                "add",
                "--first-name",
                "Ann",
                "--last-name",
                "Lee",
                "--email",
                "ann@example.com",
                "--mobile",
                "(415) 555-0123",
                "--ssn",
                "219-09-7351");
        assertThat(added.exitCode()).as(added.err()).isZero();
        entra.hangs(120_000);
        CliProcess.Started killed = cli.start(
                "verify",
                "start",
                "--email",
                "ann@example.com",
                "--last4",
                "7351",
                "--channel",
                "email",
                "--terminal",
                "lobby");
        Eventually.waitUntil(
                "the command to ask for its token",
                Duration.ofSeconds(60),
                () -> !entra.tokenRequests().isEmpty());
        killed.kill();
        assertThat(mail.received()).isEmpty();

        entra.issuesTokens();
        CliProcess.Started staffApp = cli.headlessWindows().start();
        try {
            Eventually.waitUntil(
                    "the staff app to send the killed command's email",
                    Duration.ofSeconds(90),
                    () -> mail.received().length == 1);
        } finally {
            assertThat(staffApp.terminate()).as("the staff app ends on SIGTERM").isNotNegative();
        }
        assertThat(mail.received()).as("sent once").hasSize(1);
        assertThat(entra.tokenRequests())
                .as("the staff app asked for a token of its own")
                .hasSize(1);
        try (AppContext context = AppContext.open(AppConfig.forDataDir(dir.resolve("data")))) {
            assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.CODE_SENT, null, null, 10)))
                    .singleElement()
                    .satisfies(sent -> {
                        assertThat(sent.channel()).isEqualTo("EMAIL");
                        assertThat(sent.detail()).startsWith("Accepted by the mail server 127.0.0.1");
                    });
        }
    }

    /** Two workstations' commands at once: each process signs in for itself and each email goes through. */
    @Test
    void twoProcessesAtOnce_eachGetItsOwnToken_andBothEmailsArrive() throws Exception {
        CliProcess.Started first = cli.start("delivery", "test-email", "--to", "ann@leecpa.example");
        CliProcess.Started second = cli.start("delivery", "test-email", "--to", "bo@leecpa.example");
        CliProcess.Run one = first.finish();
        CliProcess.Run two = second.finish();
        assertThat(one.exitCode()).as(one.out() + one.err()).isZero();
        assertThat(two.exitCode()).as(two.out() + two.err()).isZero();
        assertThat(mail.received()).hasSize(2);
        assertThat(entra.tokenRequests())
                .as("a token per process: none is shared through a file")
                .hasSize(2);
        try (var files = Files.walk(dir.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as("the token is kept in memory only, not in " + file)
                        .doesNotContain(EntraStandIn.TOKEN);
            }
        }
        assertThat(one.out() + one.err() + two.out() + two.err()).doesNotContain(EntraStandIn.TOKEN);
    }
}
