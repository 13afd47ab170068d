package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.CliProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Google Workspace mail as the program really runs it: separate short-lived processes, each signing a JWT with the
 * service account's key, getting a token from Google's stand-in through Google's own auth library (trusted through
 * the JVM's trust store setting) and sending through a real SMTP server with XOAUTH2. A text refused for a toll-free
 * number that is not verified falls back to such an email before the command exits.
 */
@Tag("process")
class GoogleWorkspaceCommandLineTest {
    private static final String MAILBOX = "portal@leecpa.example";

    @TempDir
    Path dir;

    private GoogleStandIn google;
    private OAuthMailbox mail;
    private final TwilioStub twilio = new TwilioStub();
    private CliProcess cli;

    @BeforeEach
    void start() throws Exception {
        google = new GoogleStandIn();
        mail = new OAuthMailbox(MAILBOX, GoogleStandIn.TOKEN);
        Files.createDirectories(dir.resolve("keys"));
        Path key = google.keyFile(dir.resolve("keys"));
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
                        "email.provider=google",
                        "google.service-account-key=" + key,
                        "google.mailbox=" + MAILBOX,
                        "google.smtp-host=127.0.0.1",
                        "google.smtp-port=" + mail.port(),
                        ""));
        cli = TestTls.trusting(new CliProcess(dir.resolve("data"), config).env("TWILIO_TOKEN", TwilioStub.TOKEN));
    }

    @AfterEach
    void stop() throws Exception {
        mail.close();
        google.close();
        twilio.close();
    }

    @Test
    void status_namesTheMailPath_andATestEmailGoesThroughXoauth2_withTheServiceAccountsToken() {
        CliProcess.Run status = cli.run("delivery", "status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out())
                .contains("Email: Google Workspace (" + MAILBOX + " through 127.0.0.1, a service "
                        + "account acting for " + MAILBOX + ")")
                .contains("Settings: from config.properties");

        CliProcess.Run sent = cli.run("delivery", "test-email", "--to", "you@leecpa.example");
        assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
        assertThat(sent.out()).contains("Accepted by the mail server 127.0.0.1");
        assertThat(mail.received()).hasSize(1);
        assertThat(mail.authMechanisms()).containsExactly("XOAUTH2");
        assertThat(google.tokenRequests())
                .singleElement()
                .satisfies(
                        request -> assertThat(google.verifiedClaims(request)).contains("\"sub\":\"" + MAILBOX + "\""));
        assertThat(sent.out() + sent.err()).doesNotContain(GoogleStandIn.TOKEN).doesNotContain("PRIVATE KEY");
    }

    @Test
    void aTextRefusedForAnUnverifiedTollFreeNumber_isFollowedByAnEmailThroughXoauth2_beforeTheCommandExits() {
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
        twilio.refuses(400, 30032);
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
                .as("the code went by email, signed in with the service account's token")
                .singleElement()
                .satisfies(message ->
                        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ann@example.com"));
        assertThat(google.tokenRequests()).isNotEmpty();
    }

    @Test
    void delegationMissing_isSaidByTheCommand_withItsNextStep() {
        google.refuses(
                400,
                "unauthorized_client",
                "Client is unauthorized to retrieve access tokens using this "
                        + "method, or client not authorized for any of the scopes requested.");
        CliProcess.Run sent = cli.run("delivery", "test-email", "--to", "you@leecpa.example");
        assertThat(sent.exitCode()).isNotZero();
        assertThat(sent.out() + sent.err())
                .contains("Manage domain-wide delegation")
                .contains("https://mail.google.com/");
        assertThat(mail.received()).isEmpty();
    }
}
