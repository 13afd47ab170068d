package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.config.Microsoft365Settings;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.Signature;
import java.util.Base64;
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
 * Microsoft 365 mail with no password: a token from the Microsoft identity platform stand-in, obtained through the
 * real MSAL4J, signs in to a real SMTP server (GreenMail behind STARTTLS) with SASL XOAUTH2. GreenMail accepts the
 * sign-in only with that very token for the mailbox.
 */
@Tag("process")
class Microsoft365MailTest {
    private static final String MAILBOX = "portal@leecpa.example";

    private EntraStandIn entra;
    private OAuthMailbox mail;

    @BeforeEach
    void start() throws Exception {
        entra = new EntraStandIn();
        mail = new OAuthMailbox(MAILBOX, EntraStandIn.TOKEN);
    }

    @AfterEach
    void stop() throws Exception {
        mail.close();
        entra.close();
    }

    /** The firm's registered app in its tenant; how it proves itself is up to each test. */
    private static Map<ConfigKey, String> registeredApp() {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.DATA_DIR, "target");
        values.put(ConfigKey.EMAIL_PROVIDER, "microsoft365");
        values.put(ConfigKey.M365_TENANT_ID, EntraStandIn.TENANT);
        values.put(ConfigKey.M365_CLIENT_ID, EntraStandIn.CLIENT);
        return values;
    }

    private Microsoft365Settings settings(int smtpPort) {
        Map<ConfigKey, String> values = registeredApp();
        values.put(ConfigKey.M365_CLIENT_SECRET, "${env:PD_M365_SECRET}");
        values.put(ConfigKey.M365_MAILBOX, MAILBOX);
        values.put(ConfigKey.M365_SMTP_HOST, "127.0.0.1");
        values.put(ConfigKey.M365_SMTP_PORT, Integer.toString(smtpPort));
        values.put(ConfigKey.SMTP_CONNECT_TIMEOUT_MS, "3000");
        values.put(ConfigKey.SMTP_READ_TIMEOUT_MS, "5000");
        return AppConfig.load(null, Map.of("PD_M365_SECRET", EntraStandIn.SECRET), values)
                .microsoft365()
                .orElseThrow();
    }

    private SmtpEmailSender sender(int smtpPort) throws Exception {
        return SmtpEmailSender.microsoft365(settings(smtpPort), TestTls.trustingClient(), entra.transport());
    }

    @Test
    void aCode_reachesTheMailbox_signedInWithATokenFromMsal_andTheTokenIsKeptForTheNextCode() throws Exception {
        SmtpEmailSender sender = sender(mail.port());
        DeliveryResult first = sender.send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(first.sent()).as(first.failureMessage()).isTrue();
        assertThat(mail.received()).singleElement().satisfies(message -> {
            assertThat(message.getFrom()[0].toString()).contains(MAILBOX);
            assertThat(message.getSubject()).contains("verification code");
        });
        assertThat(entra.tokenRequests()).singleElement().satisfies(request -> {
            assertThat(request.getBodyAsString())
                    .contains("grant_type=client_credentials")
                    .contains("https%3A%2F%2Foutlook.office365.com%2F.default"); // MSAL adds openid and the like
        });

        assertThat(sender.send(SmtpEmailSenderTest.code("bo@example.com")).sent())
                .isTrue();
        assertThat(mail.received()).hasSize(2);
        assertThat(entra.tokenRequests())
                .as("the token is reused until it nears its end")
                .hasSize(1);
        assertThat(mail.authMechanisms())
                .as("signed in with the token (GreenMail would take it as a password too)")
                .containsExactly("XOAUTH2", "XOAUTH2");
        assertThat(sender.describe())
                .isEqualTo("Microsoft 365 (" + MAILBOX + " through 127.0.0.1, signed in as an "
                        + "app of the Microsoft Entra tenant " + EntraStandIn.TENANT + ")");
    }

    @Test
    void aTokenNearItsEnd_isRenewedBeforeTheNextCode_notUsedUntilExchangeRefusesIt() throws Exception {
        entra.issuesTokensLasting(120); // inside MSAL's five minutes of margin from the start
        SmtpEmailSender sender = sender(mail.port());
        assertThat(sender.send(SmtpEmailSenderTest.code("ann@example.com")).sent())
                .isTrue();
        assertThat(sender.send(SmtpEmailSenderTest.code("bo@example.com")).sent())
                .isTrue();
        assertThat(entra.tokenRequests())
                .as("a new token for each code while each is near its end")
                .hasSize(2);
        assertThat(mail.received()).hasSize(2);
    }

    @Test
    void aCertificateInsteadOfASecret_signsAnAssertion_thatTheStandInChecksWithTheCertificatesKey(@TempDir Path dir)
            throws Exception {
        Path pfx = dir.resolve("portaldesk-mail.pfx");
        Process keytool = new ProcessBuilder(
                        "keytool",
                        "-genkeypair",
                        "-alias",
                        "portaldesk-mail",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "30",
                        "-dname",
                        "CN=portaldesk-mail",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        pfx.toString(),
                        "-storepass",
                        "pfx-password")
                .redirectErrorStream(true)
                .start();
        assertThat(keytool.waitFor())
                .as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        Files.setPosixFilePermissions(pfx, PosixFilePermissions.fromString("rw-------"));
        entra.issuesTokensForAnAssertion();
        Map<ConfigKey, String> values = registeredApp();
        values.put(ConfigKey.M365_CERTIFICATE_FILE, pfx.toString());
        values.put(ConfigKey.M365_CERTIFICATE_PASSWORD, "${env:PD_PFX}");
        values.put(ConfigKey.M365_MAILBOX, MAILBOX);
        values.put(ConfigKey.M365_SMTP_HOST, "127.0.0.1");
        values.put(ConfigKey.M365_SMTP_PORT, Integer.toString(mail.port()));
        Microsoft365Settings settings = AppConfig.load(null, Map.of("PD_PFX", "pfx-password"), values)
                .microsoft365()
                .orElseThrow();

        DeliveryResult result = SmtpEmailSender.microsoft365(settings, TestTls.trustingClient(), entra.transport())
                .send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(result.sent()).as(result.failureMessage()).isTrue();
        String assertion = URLDecoder.decode(entra.tokenRequests().get(0).getBodyAsString(), StandardCharsets.UTF_8)
                .replaceAll(".*client_assertion=([^&]+).*", "$1");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pfx)) {
            store.load(in, "pfx-password".toCharArray());
        }
        String[] jwt = assertion.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(store.getCertificate("portaldesk-mail").getPublicKey());
        rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(jwt[2])))
                .as("the assertion is signed with the certificate's own key")
                .isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8))
                .contains("\"iss\":\"" + EntraStandIn.CLIENT + "\"");
        assertThat(mail.received()).hasSize(1);
    }

    @Test
    void aCertificateOtherAccountsCanRead_isRefused(@TempDir Path dir) throws Exception {
        Path pfx = Files.writeString(dir.resolve("open.pfx"), "not read");
        Files.setPosixFilePermissions(pfx, PosixFilePermissions.fromString("rw-r--r--"));
        Map<ConfigKey, String> values = registeredApp();
        values.put(ConfigKey.M365_CERTIFICATE_FILE, pfx.toString());
        values.put(ConfigKey.M365_MAILBOX, MAILBOX);
        Assertions.assertThatThrownBy(() -> AppConfig.load(null, Map.of(), values))
                .hasMessageContaining("other accounts on this computer can read it");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "400 | invalid_request | 90002 | Tenant '3f2a' not found. Check to make sure you have the correct tenant ID"
                        + " | ENTRA_90002 | Directory (tenant) ID",
                "400 | unauthorized_client | 700016 | Application with identifier '8d1c' was not found in the directory"
                        + " | ENTRA_700016 | Application (client) ID",
                "401 | invalid_client | 7000215 | Invalid client secret provided. Ensure the secret being sent in the"
                        + " request is the client secret value, not the client secret ID | ENTRA_7000215 | not its Secret ID",
                "401 | invalid_client | 7000222 | The provided client secret keys for app '8d1c' are expired"
                        + " | ENTRA_7000222 | has expired",
                "400 | invalid_grant | 65001 | The user or administrator has not consented to use the application"
                        + " | ENTRA_65001 | SMTP.SendAsApp",
                "400 | invalid_request | 900023 | Specified tenant identifier 'contoso corp' is neither a valid DNS name,"
                        + " nor a valid external domain | ENTRA_900023 | not a tenant ID or domain",
                "401 | invalid_client | 700027 | Client assertion failed signature validation"
                        + " | ENTRA_700027 | the .cer, without its key",
                "400 | invalid_client | 700024 | Client assertion is not within its valid time range"
                        + " | ENTRA_700024 | set the date and time automatically",
                "400 | invalid_resource | 500011 | The resource principal named https://outlook.office365.com was not"
                        + " found in the tenant | ENTRA_500011 | includes Exchange Online",
                "400 | unauthorized_client | 7000112 | Application '8d1c'(PortalDesk) is disabled"
                        + " | ENTRA_7000112 | Enabled for users to sign in",
            })
    void eachRefusalOfTheIdentityPlatform_saysItsNextStep_andNothingIsSent(
            int status, String error, int code, String description, String failureCode, String words) throws Exception {
        entra.refuses(status, error, code, description);
        DeliveryResult result = sender(mail.port()).send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(result.sent()).isFalse();
        assertThat(result.failureCode()).isEqualTo(failureCode);
        assertThat(result.failureMessage())
                .contains(words)
                .contains("AADSTS" + code)
                .doesNotContain(EntraStandIn.SECRET)
                .doesNotContain("Trace ID");
        assertThat(mail.received()).isEmpty();
    }

    @Test
    void aRefusalWithoutWordsOfItsOwn_givesMicrosoftsFirstSentence_andABusyServiceIsTriedAgain() throws Exception {
        entra.refuses(400, "invalid_request", 50097, "Device authentication is required. Please sign in again");
        DeliveryResult unknown = sender(mail.port()).send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(unknown.failureCode()).isEqualTo("ENTRA_50097");
        assertThat(unknown.retryable()).isFalse();
        assertThat(unknown.failureMessage())
                .isEqualTo("Microsoft refused to sign PortalDesk in: AADSTS50097: Device "
                        + "authentication is required.");
        entra.refuses(503, "temporarily_unavailable", 90033, "A transient error has occurred. Please try again");
        DeliveryResult busy = sender(mail.port()).send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(busy.failureCode()).isEqualTo("ENTRA_UNAVAILABLE");
        assertThat(busy.retryable()).isTrue();
        assertThat(busy.failureMessage()).contains("HTTP 503", "passes by itself");
        assertThat(mail.received()).isEmpty();
    }

    @Test
    void anIdentityPlatformOutOfReach_isSaid_andTriedAgain() throws Exception {
        SmtpEmailSender sender = sender(mail.port());
        entra.close();
        DeliveryResult result = sender.send(SmtpEmailSenderTest.code("ann@example.com"));
        assertThat(result.failureCode()).isEqualTo("ENTRA_UNREACHABLE");
        assertThat(result.retryable()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "535 5.7.3 Authentication unsuccessful [BN9PR03CA0098.namprd03.prod.outlook.com] | SMTP_AUTH_REFUSED_5_7_3"
                        + " | Add-MailboxPermission",
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
                        + " | SMTP_AUTH_DISABLED | Authenticated SMTP",
            })
    void exchangeRefusingTheToken_saysWhatToGrant(String reply, String failureCode, String words) throws Exception {
        try (RefusingSmtpServer exchange = new RefusingSmtpServer("250 OK", reply);
                StartTlsFront tls = new StartTlsFront(TestTls.server(), exchange.port())) {
            DeliveryResult result = sender(tls.port()).send(SmtpEmailSenderTest.code("ann@example.com"));
            assertThat(result.failureCode()).isEqualTo(failureCode);
            assertThat(result.failureMessage()).contains(words).doesNotContain(EntraStandIn.TOKEN);
        }
    }

    /** Exchange Online's sending limits, as it words them: not a fault of the settings, and said as such. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due"
                        + " to a permanent exception | SMTP_EXCHANGE_SENDING_LIMIT | false | 10,000 recipients a day",
                "432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded | SMTP_EXCHANGE_BUSY | true"
                        + " | passes by itself",
            })
    void exchangesSendingLimits_areSaidAsLimits(String reply, String failureCode, boolean retryable, String words)
            throws Exception {
        try (RefusingSmtpServer exchange = new RefusingSmtpServer(reply, "235 2.7.0 Authentication successful");
                StartTlsFront tls = new StartTlsFront(TestTls.server(), exchange.port())) {
            DeliveryResult result = sender(tls.port()).send(SmtpEmailSenderTest.code("ann@example.com"));
            assertThat(result.failureCode()).isEqualTo(failureCode);
            assertThat(result.retryable()).isEqualTo(retryable);
            assertThat(result.failureMessage()).contains(words).doesNotContain(EntraStandIn.TOKEN);
        }
    }

    @Test
    void aPasswordSignInToExchange_isToldToSwitchToMicrosoft365() throws Exception {
        try (RefusingSmtpServer exchange = new RefusingSmtpServer(
                        "250 OK", "535 5.7.30 Basic authentication is not supported for Client Submission.");
                StartTlsFront tls = new StartTlsFront(TestTls.server(), exchange.port())) {
            DeliveryResult result = new SmtpEmailSender(
                            SmtpEmailSenderTest.settings(
                                    tls.port(), "starttls", "a password Microsoft no longer takes", "127.0.0.1"),
                            TestTls.trustingClient())
                    .send(SmtpEmailSenderTest.code("ann@example.com"));
            assertThat(result.failureCode()).isEqualTo("SMTP_BASIC_AUTH_RETIRED");
            assertThat(result.failureMessage()).contains("email.provider=microsoft365");
        }
    }

    @Test
    void settings_neverShowTheSecret() {
        assertThat(settings(25).toString()).doesNotContain(EntraStandIn.SECRET).contains(EntraStandIn.TENANT);
    }
}
