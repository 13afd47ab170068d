package com.portaldesk.delivery;

import com.portaldesk.contacts.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The words of a code message in the client's language: the code, the firm, the lifetime, whom to call if the
 * client did not ask for it, and nothing else personal beyond the first name.
 */
public final class CodeTexts {
    private static final String BUNDLE = "com.portaldesk.delivery.codes";

    private CodeTexts() {}

    public static String sms(CodeMessage message) {
        return text(message, "sms");
    }

    public static String emailSubject(CodeMessage message) {
        return text(message, "subject");
    }

    public static String emailText(CodeMessage message) {
        return greeting(message) + "\n\n" + text(message, "intro") + "\n\n    " + message.code() + "\n\n"
                + text(message, "expires") + "\n\n" + text(message, "not.you") + "\n\n" + text(message, "mailbox")
                + "\n";
    }

    static String greeting(CodeMessage message) {
        boolean named = message.recipientFirstName() != null
                && !message.recipientFirstName().isBlank();
        return text(message, named ? "greeting.named" : "greeting");
    }

    /** One sentence of the message, filled in; see codes.properties for the arguments. */
    static String text(CodeMessage message, String key) {
        ResourceBundle bundle = bundle(message.language());
        String phone = message.firmPhone() == null || message.firmPhone().isBlank()
                ? ""
                : MessageFormat.format(bundle.getString("phone.at"), "", "", "", message.firmPhone());
        long minutes = Math.max(1, message.lifetime().toMinutes());
        String lifetime = minutes == 1
                ? bundle.getString("minute")
                : MessageFormat.format(bundle.getString("minutes"), Long.toString(minutes));
        return MessageFormat.format(
                bundle.getString(key),
                message.firmName(),
                message.code(),
                lifetime,
                phone,
                message.recipientFirstName() == null ? "" : message.recipientFirstName());
    }

    public static String test(String firmName) {
        return MessageFormat.format(bundle(Language.ENGLISH).getString("test"), firmName);
    }

    public static String testSubject(String firmName) {
        return MessageFormat.format(bundle(Language.ENGLISH).getString("test.subject"), firmName);
    }

    private static ResourceBundle bundle(Language language) {
        // No fallback to the computer's own locale: an English code must not turn Spanish on a Spanish PC.
        return ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
