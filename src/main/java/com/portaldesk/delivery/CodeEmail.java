package com.portaldesk.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * The code email: multipart/alternative with a plain-text part and a simple HTML part that say the same
 * thing (firm name, the code in large type, its lifetime, what to do if you did not ask, turn on two-step
 * verification for this mailbox), and nothing personal beyond the first name.
 */
final class CodeEmail {
    private CodeEmail() {
    }

    static MimeMessage build(Session session, CodeMessage message, String fromAddress, String fromName)
            throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        try {
            mail.setFrom(new InternetAddress(fromAddress, fromName.isBlank() ? message.firmName() : fromName,
                    StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mail.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(message.destination(), true));
        mail.setSubject(CodeTexts.emailSubject(message), StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
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
        MimeMessage mail = new MimeMessage(session);
        try {
            mail.setFrom(new InternetAddress(fromAddress, fromName.isBlank() ? firmName : fromName,
                    StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mail.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
        mail.setSubject(firmName + " test message", StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setText(CodeTexts.test(firmName), StandardCharsets.UTF_8.name());
        mail.saveChanges();
        return mail;
    }

    private static String html(CodeMessage m) {
        String firm = escape(m.firmName());
        String greeting = m.recipientFirstName() == null || m.recipientFirstName().isBlank()
                ? "Hello," : "Hello " + escape(m.recipientFirstName()) + ",";
        long minutes = Math.max(1, m.lifetime().toMinutes());
        return "<!DOCTYPE html><html><body style=\"font-family:Arial,Helvetica,sans-serif;color:#1f2328\">"
                + "<p>" + greeting + "</p>"
                + "<p>Here is your verification code from " + firm + ":</p>"
                + "<p style=\"font-size:32px;font-weight:bold;letter-spacing:6px\">" + escape(m.code()) + "</p>"
                + "<p>It expires in " + minutes + (minutes == 1 ? " minute" : " minutes") + ". Never share it: " + firm
                + " will never ask you for it.</p>"
                + "<p>If you did not ask for this code, call " + firm + ".</p>"
                + "<p style=\"color:#57606a\">Codes are only as safe as your mailbox: turn on two-step verification "
                + "for this email account.</p></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
