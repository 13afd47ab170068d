package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.config.SmtpSettings;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLServerSocket;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Real SMTP on loopback: GreenMail for plain and SSL, GreenMail behind a STARTTLS front for STARTTLS. */
@Tag("plain")
class SmtpEmailSenderTest {
    private static final String USER = "portal-user";
    private static final String PASSWORD = "correct horse battery";

    private GreenMail mail;

    @BeforeAll
    static void useTheTestCertificate() throws Exception {
        System.setProperty(
                "greenmail.tls.keystore.file",
                Path.of(SmtpEmailSenderTest.class.getResource(TestTls.RESOURCE).toURI())
                        .toString());
        System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
        System.setProperty("greenmail.tls.key.password", TestTls.PASSWORD);
    }

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("portal@leecpa.example", USER, PASSWORD));
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    static SmtpSettings settings(int port, String security, String password) {
        return settings(port, security, password, "127.0.0.1");
    }

    static SmtpSettings settings(int port, String security, String password, String host) {
        return settings(port, security, password, host, USER);
    }

    static SmtpSettings settings(int port, String security, String password, String host, String user) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.DATA_DIR, "target");
        values.put(ConfigKey.EMAIL_PROVIDER, "smtp");
        values.put(ConfigKey.SMTP_HOST, host);
        values.put(ConfigKey.SMTP_PORT, Integer.toString(port));
        values.put(ConfigKey.SMTP_SECURITY, security);
        values.put(ConfigKey.SMTP_USERNAME, user);
        values.put(ConfigKey.SMTP_PASSWORD, "${env:PD_SMTP_PASSWORD}");
        values.put(ConfigKey.SMTP_FROM_ADDRESS, "portal@leecpa.example");
        values.put(ConfigKey.SMTP_READ_TIMEOUT_MS, "1500");
        values.put(ConfigKey.SMTP_CONNECT_TIMEOUT_MS, "1500");
        return AppConfig.load(null, Map.of("PD_SMTP_PASSWORD", password), values)
                .smtp()
                .orElseThrow();
    }

    static CodeMessage code(String to) {
        return new CodeMessage(
                Channel.EMAIL,
                to,
                "a•••@example.com",
                "482913",
                Duration.ofMinutes(10),
                "Lee & Partners CPA",
                "(415) 555-0100",
                "Ann",
                Language.ENGLISH);
    }

    private SmtpEmailSender sender(int port, String security, String password) throws Exception {
        return new SmtpEmailSender(settings(port, security, password), TestTls.trustingClient());
    }

    @Test
    void plain_toLoopback_deliversAWellFormedTwoPartMessage() throws Exception {
        DeliveryResult result =
                sender(mail.getSmtp().getPort(), "none", PASSWORD).send(code("ann@example.com"));
        assertThat(result.sent()).as(result.failureMessage()).isTrue();
        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("portal@leecpa.example");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Lee & Partners CPA");
        assertThat(received.getSubject()).isEqualTo("Lee & Partners CPA verification code");
        assertThat(received.getSentDate()).isNotNull();
        assertThat(received.getMessageID()).matches("<.+@.+>");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ann@example.com");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        for (String body : new String[] {text, html}) {
            assertThat(body)
                    .contains("482913")
                    .contains("10 minutes")
                    .contains("two-step verification")
                    .contains("did not ask for this code, call Lee")
                    .contains("at (415) 555-0100");
        }
        assertThat(text).contains("Hello Ann,");
        assertThat(html).contains("Lee &amp; Partners CPA").doesNotContain("<script");
    }

    @Test
    void startTls_upgradesTheConnectionBeforeSigningIn() throws Exception {
        try (StartTlsFront front =
                new StartTlsFront(TestTls.server(), mail.getSmtp().getPort())) {
            DeliveryResult result = sender(front.port(), "starttls", PASSWORD).send(code("ann@example.com"));
            assertThat(result.sent()).as(result.failureMessage()).isTrue();
        }
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void sslOnConnect_delivers() throws Exception {
        DeliveryResult result =
                sender(mail.getSmtps().getPort(), "ssl", PASSWORD).send(code("ann@example.com"));
        assertThat(result.sent()).as(result.failureMessage()).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void startTlsRequired_butServerOffersNone_isRefusedBeforeAnythingIsSent() throws Exception {
        DeliveryResult result =
                sender(mail.getSmtp().getPort(), "starttls", PASSWORD).send(code("ann@example.com"));
        assertThat(result.failureCode()).isEqualTo("SMTP_NO_STARTTLS");
        assertThat(result.failureMessage()).contains("does not offer STARTTLS");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void untrustedCertificate_saysTheCertificateIsNotTrusted() throws Exception {
        DeliveryResult result =
                new SmtpEmailSender(settings(mail.getSmtps().getPort(), "ssl", PASSWORD)).send(code("ann@example.com"));
        assertThat(result.failureCode()).isEqualTo("SMTP_CERT_UNTRUSTED");
        assertThat(result.failureMessage()).contains("not trusted");
    }

    @Test
    void certificateForAnotherName_saysTheHostNameDoesNotMatch() throws Exception {
        // A trusted certificate for mail.other.example, served at 127.0.0.1: only the name is wrong.
        try (SSLServerSocket listener = (SSLServerSocket) TestTls.server(TestTls.OTHER_NAME)
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread greeter = new Thread(() -> {
                try (var client = listener.accept()) {
                    client.getOutputStream()
                            .write("220 mail.other.example ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                    client.getInputStream().read();
                } catch (IOException e) {
                    // the client gave up during the handshake, as it should
                }
            });
            greeter.setDaemon(true);
            greeter.start();
            DeliveryResult result = new SmtpEmailSender(
                            settings(listener.getLocalPort(), "ssl", PASSWORD),
                            TestTls.trustingClient(TestTls.OTHER_NAME))
                    .send(code("ann@example.com"));
            assertThat(result.failureCode()).as(result.failureMessage()).isEqualTo("SMTP_HOST_MISMATCH");
            assertThat(result.failureMessage()).contains("another name than smtp.host");
        }
    }

    @Test
    void sslToAPlainPort_saysThePortDoesNotSpeakSsl() throws Exception {
        DeliveryResult result =
                sender(mail.getSmtp().getPort(), "ssl", PASSWORD).send(code("ann@example.com"));
        assertThat(result.failureCode()).as(result.failureMessage()).isEqualTo("SMTP_SSL_TO_PLAIN_PORT");
    }

    @Test
    void reply530_isAuthenticationRequired_notARefusedRecipient() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer("530 5.7.0 Authentication required")) {
            DeliveryResult result = new SmtpEmailSender(settings(server.port(), "none", PASSWORD, "127.0.0.1", ""))
                    .send(code("ann@example.com"));
            assertThat(result.failureCode()).isEqualTo("SMTP_AUTH_REQUIRED");
            assertThat(result.failureMessage()).contains("requires signing in");
            assertThat(result.retryable()).isFalse();
        }
    }

    @Test
    void reply451_isAPassingProblem_triedAgainLater() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer("451 4.3.0 Try again later")) {
            DeliveryResult result = new SmtpEmailSender(settings(server.port(), "none", PASSWORD, "127.0.0.1", ""))
                    .send(code("ann@example.com"));
            assertThat(result.failureCode()).isEqualTo("SMTP_451");
            assertThat(result.retryable()).isTrue();
        }
    }

    @Test
    void codeEmail_isMarkedAutomatic_withAMessageIdOfTheSendersDomain() throws Exception {
        sender(mail.getSmtp().getPort(), "none", PASSWORD).send(code("ann@example.com"));
        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(received.getMessageID()).matches("<[0-9a-f]{32}@leecpa\\.example>");
    }

    @Test
    void codeEmail_inSpanish() throws Exception {
        CodeMessage spanish = new CodeMessage(
                Channel.EMAIL,
                "ana@example.com",
                "a•••@example.com",
                "482913",
                Duration.ofMinutes(10),
                "Lee & Partners CPA",
                "(415) 555-0100",
                "Ana",
                Language.SPANISH);
        sender(mail.getSmtp().getPort(), "none", PASSWORD).send(spanish);
        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Código de verificación de Lee & Partners CPA");
        String text =
                (String) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        assertThat(text)
                .startsWith("Hola, Ana:")
                .contains("Vence en 10 minutos")
                .contains("llame a Lee & Partners CPA al (415) 555-0100");
        assertThat(received.getHeader("Content-Language")).containsExactly("es");
    }

    @Test
    void wrongPassword_isAnAuthenticationFailure_withoutThePassword() throws Exception {
        DeliveryResult result =
                sender(mail.getSmtp().getPort(), "none", "wrong password").send(code("ann@example.com"));
        assertThat(result.failureCode()).isEqualTo("SMTP_AUTH_FAILED");
        assertThat(result.failureMessage()).doesNotContain("wrong password");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void serverDown_isRefused() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertThat(sender(port, "none", PASSWORD).send(code("ann@example.com")).failureCode())
                .isEqualTo("SMTP_REFUSED");
    }

    @Test
    void silentServer_timesOutWithinTheReadTimeout() throws Exception {
        CountDownLatch testDone = new CountDownLatch(1);
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread holder = new Thread(() -> {
                // Accepts the connection and says nothing until the test is over.
                try (var ignored = silent.accept()) {
                    testDone.await();
                } catch (Exception e) {
                    // closed by the test
                }
            });
            holder.setDaemon(true);
            holder.start();
            long start = System.nanoTime();
            DeliveryResult result =
                    sender(silent.getLocalPort(), "none", PASSWORD).send(code("ann@example.com"));
            assertThat(result.failureCode()).isEqualTo("SMTP_TIMEOUT");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        } finally {
            testDone.countDown();
        }
    }

    @Test
    void settings_refuseUnencryptedSmtpAcrossTheNetwork_andHideThePassword() {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.EMAIL_PROVIDER, "smtp");
        values.put(ConfigKey.SMTP_HOST, "mail.example.com");
        values.put(ConfigKey.SMTP_SECURITY, "none");
        values.put(ConfigKey.SMTP_FROM_ADDRESS, "portal@leecpa.example");
        Assertions.assertThatThrownBy(() -> AppConfig.load(null, Map.of(), values))
                .hasMessageContaining("smtp.security")
                .hasMessageContaining("unencrypted");
        assertThat(settings(25, "none", PASSWORD).toString())
                .doesNotContain(PASSWORD)
                .contains("••••");
    }
}
