package com.portaldesk.delivery;

import com.google.auth.http.HttpTransportFactory;
import com.microsoft.aad.msal4j.IHttpClient;
import com.portaldesk.config.GoogleWorkspaceSettings;
import com.portaldesk.config.Microsoft365Settings;
import com.portaldesk.config.SmtpSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code emails through an SMTP server with Angus Mail: STARTTLS required, SSL on connect, or (to a server on
 * this computer only) none; signed in with a password, or with an OAuth access token (SASL XOAUTH2, for Microsoft
 * 365). Each way it can fail comes back as a precise reason without the password or the token.
 */
public final class SmtpEmailSender implements CodeSender {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpEmailSender.class);

    private final SmtpSettings settings;
    private final SSLSocketFactory tlsSockets;
    /** Where the sign-in's token comes from; null when the server takes a password (or no sign-in). */
    private final AccessTokens tokens;

    public SmtpEmailSender(SmtpSettings settings) {
        this(settings, null);
    }

    /** {@code tlsSockets} replaces the JVM's trusted certificates; tests pass one that trusts their server. */
    SmtpEmailSender(SmtpSettings settings, SSLSocketFactory tlsSockets) {
        this(settings, tlsSockets, null);
    }

    private SmtpEmailSender(SmtpSettings settings, SSLSocketFactory tlsSockets, AccessTokens tokens) {
        this.settings = settings;
        this.tlsSockets = tlsSockets;
        this.tokens = tokens;
    }

    /** Exchange Online, signed in as the firm's registered app: no password anywhere. */
    public static SmtpEmailSender microsoft365(Microsoft365Settings settings) {
        return microsoft365(settings, null, null);
    }

    /** Google Workspace, signed in as the firm's service account acting for the mailbox: no password anywhere. */
    public static SmtpEmailSender google(GoogleWorkspaceSettings settings) {
        return google(settings, null, null);
    }

    /** For tests: their mail server's certificate trusted, and the auth library's requests to their stand-in. */
    static SmtpEmailSender google(
            GoogleWorkspaceSettings settings, SSLSocketFactory tlsSockets, HttpTransportFactory transport) {
        return new SmtpEmailSender(settings.smtp(), tlsSockets, new GoogleTokens(settings, transport));
    }

    /** For tests: their mail server's certificate trusted, and MSAL's requests carried to their stand-in. */
    static SmtpEmailSender microsoft365(
            Microsoft365Settings settings, SSLSocketFactory tlsSockets, IHttpClient transport) {
        return new SmtpEmailSender(settings.smtp(), tlsSockets, new MicrosoftTokens(settings, transport));
    }

    @Override
    public DeliveryResult send(CodeMessage message) {
        Session session = Session.getInstance(properties());
        try {
            return transmit(session, CodeEmail.build(session, message, settings.fromAddress(), settings.fromName()));
        } catch (MessagingException e) {
            DeliveryResult failure = failure(e);
            LOG.warn("Email to {} failed: {}", message.destinationMasked(), failure.failureCode(), e);
            return failure;
        } catch (AccessTokens.TokenRefused e) {
            // The cause (a network error, a refusal) is logged for whoever looks into it; the screen has the words.
            LOG.warn(
                    "Email to {} not sent: no token ({})",
                    message.destinationMasked(),
                    e.result().failureCode(),
                    e.getCause());
            return e.result();
        }
    }

    @Override
    public DeliveryResult sendTest(String destination, String firmName) {
        Session session = Session.getInstance(properties());
        try {
            return transmit(
                    session,
                    CodeEmail.test(session, destination, firmName, settings.fromAddress(), settings.fromName()));
        } catch (MessagingException e) {
            return failure(e);
        } catch (AccessTokens.TokenRefused e) {
            return e.result();
        }
    }

    @Override
    public DeliveryResult sendNotice(String to, String subject, String text) {
        Session session = Session.getInstance(properties());
        try {
            return transmit(
                    session, CodeEmail.notice(session, to, subject, text, settings.fromAddress(), settings.fromName()));
        } catch (MessagingException e) {
            return failure(e);
        } catch (AccessTokens.TokenRefused e) {
            return e.result();
        }
    }

    private DeliveryResult transmit(Session session, MimeMessage mail)
            throws MessagingException, AccessTokens.TokenRefused {
        // The token first: a refusal by the identity platform is said as such, before any connection to the server.
        String secret = tokens != null ? tokens.current() : settings.password();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(
                    settings.host(),
                    settings.port(),
                    settings.username().isEmpty() ? null : settings.username(),
                    settings.username().isEmpty() ? null : secret);
            transport.sendMessage(mail, mail.getAllRecipients());
        }
        return DeliveryResult.accepted(
                mail.getMessageID(),
                "Accepted by the mail server " + settings.host() + " (Message-ID " + mail.getMessageID() + ")");
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put(
                "mail.smtp.connectiontimeout",
                Long.toString(settings.connectTimeout().toMillis()));
        p.put("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        p.put("mail.smtp.writetimeout", Long.toString(settings.writeTimeout().toMillis()));
        p.put("mail.smtp.auth", Boolean.toString(!settings.username().isEmpty()));
        if (tokens != null) {
            p.put("mail.smtp.auth.mechanisms", "XOAUTH2"); // the token, never a password
        }
        p.put("mail.smtp.from", settings.fromAddress());
        switch (settings.security()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.put("mail.smtp.ssl.enable", "true");
            case NONE -> {}
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
            p.put("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
            if (tlsSockets != null) {
                p.put("mail.smtp.ssl.socketFactory", tlsSockets);
            }
            // A failed handshake is the answer: no second attempt with another socket factory, which would hide the
            // real reason (a wrong host name, say) behind a different one.
            p.put("mail.smtp.socketFactory.fallback", "false");
        }
        return p;
    }

    static DeliveryResult failure(MessagingException e) {
        return SmtpFailures.of(e);
    }

    @Override
    public String describe() {
        if (tokens == null) {
            // What an office manager checks against the mail provider's page: sender, server and port, and how the
            // connection is protected (and whether a password is sent at all).
            return "SMTP (" + settings.fromAddress() + " through " + settings.host() + ":" + settings.port() + ", "
                    + switch (settings.security()) {
                        case STARTTLS -> "STARTTLS";
                        case SSL -> "SSL/TLS";
                        case NONE -> "unencrypted, this computer only";
                    }
                    + (settings.username().isEmpty() ? ", no sign-in" : ", signed in as " + settings.username())
                    + ")";
        }
        return tokens.service() + " (" + settings.fromAddress() + " through " + settings.host() + ", "
                + tokens.describe() + ")";
    }
}
