package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.config.GoogleWorkspaceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Google Workspace mail with no password: Google's own auth library signs a JWT with the service account's key,
 * the stand-in of Google's token endpoint checks the signature and answers with a token, and a real SMTP server
 * (GreenMail behind STARTTLS) accepts the XOAUTH2 sign-in only with that token for the mailbox.
 */
@Tag("process")
class GoogleWorkspaceMailTest {
    private static final String MAILBOX = "portal@leecpa.example";

    @TempDir
    Path dir;

    private GoogleStandIn google;
    private OAuthMailbox mail;

    @BeforeEach
    void start() throws Exception {
        google = new GoogleStandIn();
        mail = new OAuthMailbox(MAILBOX, GoogleStandIn.TOKEN);
    }

    @AfterEach
    void stop() throws Exception {
        mail.close();
        google.close();
    }

    private GoogleWorkspaceSettings settings(Path key) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.DATA_DIR, "target");
        values.put(ConfigKey.EMAIL_PROVIDER, "google");
        values.put(ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY, key.toString());
        values.put(ConfigKey.GOOGLE_MAILBOX, MAILBOX);
        values.put(ConfigKey.GOOGLE_SMTP_HOST, "127.0.0.1");
        values.put(ConfigKey.GOOGLE_SMTP_PORT, Integer.toString(mail.port()));
        values.put(ConfigKey.SMTP_CONNECT_TIMEOUT_MS, "3000");
        values.put(ConfigKey.SMTP_READ_TIMEOUT_MS, "5000");
        return AppConfig.load(null, Map.of(), values).google().orElseThrow();
    }

    private SmtpEmailSender sender() throws Exception {
        return SmtpEmailSender.google(settings(google.keyFile(dir)), TestTls.trustingClient(), google.transport());
    }

    @Test
    void aCode_reachesTheMailbox_withATokenForAJwtSignedByTheServiceAccount_keptForTheNextCode() throws Exception {
        SmtpEmailSender sender = sender();
        DeliveryResult first = sender.send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(first.sent()).as(first.failureMessage()).isTrue();
        assertThat(mail.received())
                .singleElement()
                .satisfies(
                        message -> assertThat(message.getFrom()[0].toString()).contains(MAILBOX));
        assertThat(google.tokenRequests())
                .singleElement()
                .satisfies(request -> assertThat(google.verifiedClaims(request))
                        .contains("\"iss\":\"" + GoogleStandIn.ACCOUNT + "\"")
                        .contains("\"sub\":\"" + MAILBOX + "\"")
                        .contains("\"scope\":\"https://mail.google.com/\""));

        assertThat(sender.send(SmtpEmailSenderTest.code("bo@example.com")).sent())
                .isTrue();
        assertThat(google.tokenRequests())
                .as("the token is reused until it nears its end")
                .hasSize(1);
        assertThat(mail.authMechanisms())
                .as("signed in with the token (GreenMail would take it as a password too)")
                .containsExactly("XOAUTH2", "XOAUTH2");
        assertThat(sender.describe())
                .isEqualTo("Google Workspace (" + MAILBOX + " through 127.0.0.1, a service " + "account acting for "
                        + MAILBOX + ")");
    }

    @Test
    void aTokenNearItsEnd_isRenewedBeforeTheNextCode_notUsedUntilGmailRefusesIt() throws Exception {
        google.issuesTokensLasting(120); // inside the library's minutes of margin from the start
        SmtpEmailSender sender = sender();
        assertThat(sender.send(SmtpEmailSenderTest.code("ann@example.com")).sent())
                .isTrue();
        assertThat(sender.send(SmtpEmailSenderTest.code("bo@example.com")).sent())
                .isTrue();
        assertThat(google.tokenRequests())
                .as("a new token for each code while each is near its end")
                .hasSize(2);
        assertThat(mail.received()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "401 | unauthorized_client | Client is unauthorized to retrieve access tokens using this method, or"
                        + " client not authorized for any of the scopes requested. | GOOGLE_NOT_DELEGATED"
                        + " | Manage domain-wide delegation",
                "400 | invalid_grant | Invalid email or User ID | GOOGLE_UNKNOWN_MAILBOX | google.mailbox",
                "400 | invalid_grant | Invalid JWT Signature. | GOOGLE_KEY_REVOKED | Create a new JSON key",
                "400 | invalid_grant | Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable"
                        + " timeframe. Check your iat and exp values in the JWT claim. | GOOGLE_CLOCK | clock is wrong",
                "429 | rate_limit_exceeded | Rate Limit Exceeded | GOOGLE_BUSY | passes by itself",
                "400 | disabled_client | The OAuth client was disabled. | GOOGLE_ACCOUNT_DISABLED | disabled or deleted",
                "400 | invalid_grant | Invalid grant: account not found | GOOGLE_ACCOUNT_DISABLED | disabled or deleted",
            })
    void eachRefusalOfGoogle_saysItsNextStep_andNothingIsSent(
            int status, String error, String description, String failureCode, String words) throws Exception {
        google.refuses(status, error, description);
        DeliveryResult result = sender().send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(result.sent()).isFalse();
        assertThat(result.failureCode()).as(result.failureMessage()).isEqualTo(failureCode);
        assertThat(result.failureMessage()).contains(words).doesNotContain("PRIVATE KEY");
        assertThat(result.retryable())
                .as("tried again only when Google is busy")
                .isEqualTo(status == 429);
        assertThat(mail.received()).isEmpty();
    }

    @Test
    void googleOutOfReach_isSaid_andTriedAgain() throws Exception {
        SmtpEmailSender sender = sender();
        google.close();
        DeliveryResult result = sender.send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(result.failureCode()).as(result.failureMessage()).isEqualTo("GOOGLE_UNREACHABLE");
        assertThat(result.retryable()).isTrue();
        assertThat(mail.received()).isEmpty();
    }

    @Test
    void aKeyOtherAccountsCanRead_isRefused_sayingHowToFixIt() throws Exception {
        Path key = google.keyFile(dir);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Assertions.assertThatThrownBy(() -> settings(key))
                .hasMessageContaining("other accounts on this computer can read it")
                .hasMessageContaining("chmod 600");
    }

    @Test
    void aFileThatIsNotAKey_isSaidAtTheSend() throws Exception {
        Path notAKey = Files.writeString(dir.resolve("key.json"), "{\"type\":\"authorized_user\"}");
        Files.setPosixFilePermissions(notAKey, PosixFilePermissions.fromString("rw-------"));
        DeliveryResult result = SmtpEmailSender.google(settings(notAKey), TestTls.trustingClient(), google.transport())
                .send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(result.failureCode()).isEqualTo("GOOGLE_KEY_UNREADABLE");
        assertThat(result.failureMessage()).contains("Add key ▸ JSON");
    }

    /**
     * Gmail's own refusals of a password sign-in (smtp.gmail.com's replies, as Google's SMTP error reference gives
     * them), each with what the firm does next; they had read as "the user name or password" alone.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "534 5.7.9 Application-specific password required. https://support.google.com/mail/?p=InvalidSecondFactor"
                        + "|SMTP_GOOGLE_APP_PASSWORD_REQUIRED|app password",
                "535 5.7.8 Username and Password not accepted. https://support.google.com/mail/?p=BadCredentials"
                        + "|SMTP_GOOGLE_CREDENTIALS_REFUSED|email.provider=google",
                "534 5.7.14 <https://accounts.google.com/signin/continue> Please log in via your web browser"
                        + "|SMTP_GOOGLE_SIGN_IN_BLOCKED|email.provider=google"
            })
    void gmailsRefusalsOfAPassword_sayWhatToDoNext(String reply, String code, String nextStep) throws Exception {
        try (RefusingSmtpServer gmail = new RefusingSmtpServer("250 OK", reply);
                StartTlsFront tls = new StartTlsFront(TestTls.server(), gmail.port())) {
            DeliveryResult result = new SmtpEmailSender(
                            SmtpEmailSenderTest.settings(tls.port(), "starttls", "Secret-Gmail-Pw-42", "127.0.0.1"),
                            TestTls.trustingClient())
                    .send(SmtpEmailSenderTest.code("ann@example.com"));
            assertThat(result.failureCode()).isEqualTo(code);
            assertThat(result.failureMessage()).contains(nextStep).doesNotContain("Secret-Gmail-Pw-42");
        }
    }

    /** Gmail's sending limits (Google's SMTP error reference): said as limits, the passing one tried again. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to"
                        + " https://support.google.com/a/answer/166852|SMTP_GOOGLE_SENDING_LIMIT|false|within 24 hours",
                "454 4.7.0 Too many login attempts, please try again later.|SMTP_GOOGLE_TOO_MANY_SIGN_INS|true"
                        + "|passes by itself"
            })
    void gmailsSendingLimits_areSaidAsLimits(String reply, String code, boolean retryable, String words)
            throws Exception {
        try (RefusingSmtpServer gmail = new RefusingSmtpServer(reply, "235 2.7.0 Accepted");
                StartTlsFront tls = new StartTlsFront(TestTls.server(), gmail.port())) {
            DeliveryResult result = new SmtpEmailSender(
                            SmtpEmailSenderTest.settings(tls.port(), "starttls", "Secret-Gmail-Pw-42", "127.0.0.1"),
                            TestTls.trustingClient())
                    .send(SmtpEmailSenderTest.code("ann@example.com"));
            assertThat(result.failureCode()).isEqualTo(code);
            assertThat(result.retryable()).isEqualTo(retryable);
            assertThat(result.failureMessage()).contains(words).doesNotContain("Secret-Gmail-Pw-42");
        }
    }
}
