package com.portaldesk.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;

/**
 * The code email: multipart/alternative with a plain-text part and a simple HTML part that say the same
 * thing (firm name, the code in large type, its lifetime, whom to call if you did not ask, turn on two-step
 * verification for this mailbox), in the client's language, and nothing personal beyond the first name.
 * Marked {@code Auto-Submitted: auto-generated} (RFC 3834) so mailboxes do not answer it with out-of-office
 * replies, and given a Message-ID on the sender's own domain rather than this computer's name.
 */
final class CodeEmail {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CodeEmail() {}

    static MimeMessage build(Session session, CodeMessage message, String fromAddress, String fromName)
            throws MessagingException {
        MimeMessage mail = addressed(
                session, message.destination(), fromAddress, fromName.isBlank() ? message.firmName() : fromName);
        mail.setSubject(CodeTexts.emailSubject(message), StandardCharsets.UTF_8.name());
        mail.setHeader("Content-Language", message.language().tag());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(CodeTexts.emailText(message), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(html(message), "text/html; charset=UTF-8");
        mail.setContent(new MimeMultipart("alternative", text, html));
        mail.saveChanges();
        return mail;
    }

    static MimeMessage test(Session session, String to, String firmName, String fromAddress, String fromName)
            throws MessagingException {
        MimeMessage mail = addressed(session, to, fromAddress, fromName.isBlank() ? firmName : fromName);
        mail.setSubject(CodeTexts.testSubject(firmName), StandardCharsets.UTF_8.name());
        mail.setText(CodeTexts.test(firmName), StandardCharsets.UTF_8.name());
        mail.saveChanges();
        return mail;
    }

    /** A plain-text notice to the firm itself. */
    static MimeMessage notice(
            Session session, String to, String subject, String text, String fromAddress, String fromName)
            throws MessagingException {
        MimeMessage mail = addressed(session, to, fromAddress, fromName.isBlank() ? "PortalDesk" : fromName);
        mail.setSubject(subject, StandardCharsets.UTF_8.name());
        mail.setText(text, StandardCharsets.UTF_8.name());
        return mail;
    }

    private static MimeMessage addressed(Session session, String to, String fromAddress, String fromName)
            throws MessagingException {
        MimeMessage mail = new OwnDomainMessage(session, domainOf(fromAddress));
        try {
            mail.setFrom(new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mail.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
        mail.setSentDate(new Date());
        mail.setHeader("Auto-Submitted", "auto-generated");
        return mail;
    }

    static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? "portaldesk.invalid" : address.substring(at + 1);
    }

    private static String html(CodeMessage m) {
        return "<!DOCTYPE html><html lang=\"" + m.language().tag() + "\"><body style=\"font-family:Arial,Helvetica,"
                + "sans-serif;color:#1f2328\">"
                + "<p>" + escape(CodeTexts.greeting(m)) + "</p>"
                + "<p>" + escape(CodeTexts.text(m, "intro")) + "</p>"
                + "<p style=\"font-size:32px;font-weight:bold;letter-spacing:6px\">" + escape(m.code()) + "</p>"
                + "<p>" + escape(CodeTexts.text(m, "expires")) + "</p>"
                + "<p>" + escape(CodeTexts.text(m, "not.you")) + "</p>"
                + "<p style=\"color:#57606a\">" + escape(CodeTexts.text(m, "mailbox")) + "</p></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A message whose Message-ID names the sender's domain: random left part, so it says nothing about anyone. */
    private static final class OwnDomainMessage extends MimeMessage {
        private final String domain;

        OwnDomainMessage(Session session, String domain) {
            super(session);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            setHeader("Message-ID", "<" + HexFormat.of().formatHex(random) + "@" + domain + ">");
        }
    }
}
