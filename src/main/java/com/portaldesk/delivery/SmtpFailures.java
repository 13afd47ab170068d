package com.portaldesk.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What went wrong with the mail server, in words staff can act on, from Angus Mail's exceptions and the SMTP
 * reply codes they carry. 4xx replies and network trouble may pass (retryable); 5xx replies and settings
 * mistakes will not. Never includes the password.
 */
final class SmtpFailures {
    private SmtpFailures() {}

    static DeliveryResult of(MessagingException e) {
        DeliveryResult provider = MailProviderRefusals.of(e);
        if (provider != null) {
            return provider;
        }
        if (e instanceof AuthenticationFailedException) {
            return DeliveryResult.failed("SMTP_AUTH_FAILED", "The mail server refused the user name or password.");
        }
        Integer reply = replyCode(e);
        if (reply != null && reply == 530) {
            return DeliveryResult.failed(
                    "SMTP_AUTH_REQUIRED",
                    "The mail server requires signing in before it "
                            + "sends mail; set smtp.username and smtp.password.");
        }
        if (reply != null && reply >= 400 && reply < 500) {
            return DeliveryResult.transientFailure(
                    "SMTP_" + reply, "The mail server asked to try again later (reply " + reply + ").");
        }
        if (has(e, SMTPAddressFailedException.class)) {
            return DeliveryResult.failed(
                    "SMTP_RECIPIENT_REFUSED",
                    "The mail server refused the address" + (reply == null ? "." : " (reply " + reply + ")."));
        }
        if (has(e, SMTPSenderFailedException.class)) {
            return DeliveryResult.failed(
                    "SMTP_SENDER_REFUSED",
                    "The mail server refused the sender address; check " + "smtp.from-address"
                            + (reply == null ? "." : " (reply " + reply + ")."));
        }
        DeliveryResult tls = tlsFailure(e);
        if (tls != null) {
            return tls;
        }
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            return DeliveryResult.failed(
                    "SMTP_UNKNOWN_HOST", "The mail server's name cannot be found; check smtp.host.");
        }
        if (cause instanceof ConnectException) {
            return DeliveryResult.transientFailure(
                    "SMTP_REFUSED", "The mail server refused the connection; check " + "smtp.host and smtp.port.");
        }
        if (cause instanceof SocketTimeoutException) {
            return DeliveryResult.transientFailure(
                    "SMTP_TIMEOUT",
                    "The mail server did not answer in time (with "
                            + "smtp.security=starttls or none, a server that expects SSL on connect, usually port 465, says "
                            + "nothing).");
        }
        String text = String.valueOf(e.getMessage());
        return DeliveryResult.failed(
                reply == null ? "SMTP_FAILED" : "SMTP_" + reply,
                "The mail server refused the " + "message: " + (text.length() > 200 ? text.substring(0, 200) : text));
    }

    /** Which of the ways a secure connection fails; null when it is not a TLS problem. */
    private static DeliveryResult tlsFailure(MessagingException e) {
        String text = messages(e).toLowerCase(Locale.ROOT);
        if (text.contains("starttls") && text.contains("not support")) {
            return DeliveryResult.failed(
                    "SMTP_NO_STARTTLS",
                    "The mail server does not offer STARTTLS, so the "
                            + "connection cannot be encrypted; use smtp.security=ssl with its SSL port (usually 465), or "
                            + "another server.");
        }
        if (text.contains("unrecognized ssl message")
                || text.contains("unsupported or unrecognized")
                || text.contains("plaintext connection")) {
            return DeliveryResult.failed(
                    "SMTP_SSL_TO_PLAIN_PORT",
                    "The mail server on this port does not speak "
                            + "SSL on connect; use smtp.security=starttls (usually port 587) or the server's SSL port.");
        }
        if (text.contains("verify identity")
                || text.contains("no subject alternative")
                || text.contains("no name matching")
                || has(e, CertificateException.class) && text.contains("match")) {
            return DeliveryResult.failed(
                    "SMTP_HOST_MISMATCH",
                    "The mail server's certificate is for another "
                            + "name than smtp.host; use the host name printed on the certificate.");
        }
        if (has(e, CertPathBuilderException.class)
                || text.contains("pkix")
                || text.contains("unable to find valid " + "certification path")) {
            return DeliveryResult.failed(
                    "SMTP_CERT_UNTRUSTED",
                    "The mail server's certificate is not trusted by "
                            + "this computer (self-signed, expired or from an unknown authority).");
        }
        if (has(e, SSLException.class)) {
            return DeliveryResult.failed(
                    "SMTP_TLS_FAILED",
                    "No encrypted connection could be made with the mail " + "server ("
                            + rootCause(e).getClass().getSimpleName() + ").");
        }
        return null;
    }

    /** The SMTP reply code carried by the exception or one it wraps, if any. */
    private static Integer replyCode(MessagingException e) {
        for (Throwable t : chain(e)) {
            if (t instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0) {
                return failed.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException address && address.getReturnCode() > 0) {
                return address.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException sender && sender.getReturnCode() > 0) {
                return sender.getReturnCode();
            }
        }
        return null;
    }

    /** Every exception reachable through causes and Jakarta Mail's "next exception" links. */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty() && all.size() < 20) {
            Throwable t = todo.remove(0);
            if (t == null || all.contains(t)) {
                continue;
            }
            all.add(t);
            todo.add(t.getCause());
            if (t instanceof MessagingException messaging) {
                todo.add(messaging.getNextException());
            }
        }
        return all;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return chain(e).stream().anyMatch(type::isInstance);
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        chain(e).forEach(t -> text.append(' ').append(t.getMessage()));
        return text.toString();
    }

    private static Throwable rootCause(Throwable e) {
        List<Throwable> all = chain(e);
        Throwable root = e;
        while (root.getCause() != null && all.contains(root.getCause()) && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
