package com.portaldesk.delivery;

import com.portaldesk.config.SmtpSettings;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code emails through an SMTP server with Angus Mail: STARTTLS required, SSL on connect, or (to a server on
 * this computer only) none. Each way it can fail comes back as a precise reason without the password.
 */
public final class SmtpEmailSender implements CodeSender {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpEmailSender.class);

    private final SmtpSettings settings;
    private final SSLSocketFactory tlsSockets;

    public SmtpEmailSender(SmtpSettings settings) {
        this(settings, null);
    }

    /** {@code tlsSockets} replaces the JVM's trusted certificates; tests pass one that trusts their server. */
    SmtpEmailSender(SmtpSettings settings, SSLSocketFactory tlsSockets) {
        this.settings = settings;
        this.tlsSockets = tlsSockets;
    }

    @Override
    public DeliveryResult send(CodeMessage message) {
        Session session = Session.getInstance(properties());
        try {
            return transmit(session, CodeEmail.build(session, message, settings.fromAddress(), settings.fromName()));
        } catch (MessagingException e) {
            DeliveryResult failure = failure(e);
            LOG.warn("Email to {} failed: {}", message.destinationMasked(), failure.failureCode());
            return failure;
        }
    }

    @Override
    public DeliveryResult sendTest(String destination, String firmName) {
        Session session = Session.getInstance(properties());
        try {
            return transmit(session, CodeEmail.test(session, destination, firmName, settings.fromAddress(),
                    settings.fromName()));
        } catch (MessagingException e) {
            return failure(e);
        }
    }

    private DeliveryResult transmit(Session session, MimeMessage mail) throws MessagingException {
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(settings.host(), settings.port(),
                    settings.username().isEmpty() ? null : settings.username(),
                    settings.username().isEmpty() ? null : settings.password());
            transport.sendMessage(mail, mail.getAllRecipients());
        }
        return DeliveryResult.sent(mail.getMessageID());
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        p.put("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        p.put("mail.smtp.writetimeout", Long.toString(settings.writeTimeout().toMillis()));
        p.put("mail.smtp.auth", Boolean.toString(!settings.username().isEmpty()));
        p.put("mail.smtp.from", settings.fromAddress());
        switch (settings.security()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.put("mail.smtp.ssl.enable", "true");
            case NONE -> { }
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
            p.put("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
            if (tlsSockets != null) {
                p.put("mail.smtp.ssl.socketFactory", tlsSockets);
            }
        }
        return p;
    }

    static DeliveryResult failure(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return DeliveryResult.failed("SMTP_AUTH_FAILED", "The mail server refused the user name or password.");
        }
        if (e instanceof SendFailedException) {
            return DeliveryResult.failed("SMTP_RECIPIENT_REFUSED", "The mail server refused the address.");
        }
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            return DeliveryResult.failed("SMTP_UNKNOWN_HOST", "The mail server's name cannot be found; check smtp.host.");
        }
        if (cause instanceof ConnectException) {
            return DeliveryResult.failed("SMTP_REFUSED", "The mail server refused the connection; check smtp.host and smtp.port.");
        }
        if (cause instanceof SocketTimeoutException) {
            return DeliveryResult.failed("SMTP_TIMEOUT", "The mail server did not answer in time.");
        }
        String text = String.valueOf(e.getMessage());
        if (hasCause(e, SSLException.class) || text.contains("STARTTLS")) {
            return DeliveryResult.failed("SMTP_TLS_FAILED", "No encrypted connection could be made with the mail "
                    + "server (it may not offer STARTTLS, or its certificate is not trusted).");
        }
        return DeliveryResult.failed("SMTP_FAILED", "The mail server refused the message: "
                + (text.length() > 200 ? text.substring(0, 200) : text));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @Override
    public String describe() {
        return "SMTP (" + settings.host() + ")";
    }
}
