package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * What the engine tells a client, as its key in the one catalogue of these sentences (answers.properties, and
 * answers_es.properties) with its arguments: the kiosk says it in the language on screen, the command line prints
 * it in English. None of them depends on whether the details matched a contact.
 */
public record ClientAnswer(String key, List<Object> args) {
    public static final String BUNDLE = "com.portaldesk.verify.answers";

    static final ClientAnswer BAD_DETAILS = of("error.details");
    static final ClientAnswer BAD_CODE_FORMAT = of("error.codeFormat");
    static final ClientAnswer TRY_LATER = of("error.tryLater");
    static final ClientAnswer START_AGAIN = of("error.startAgain");
    static final ClientAnswer APPROVED = of("signedIn");
    static final ClientAnswer EXPIRED = of("error.expired");
    static final ClientAnswer TOO_MANY = of("error.tooMany");
    static final ClientAnswer LOCKED = of("error.locked");

    public ClientAnswer {
        args = List.copyOf(args);
    }

    static ClientAnswer of(String key, Object... args) {
        return new ClientAnswer(key, List.of(args));
    }

    static ClientAnswer codeSent(Channel channel) {
        return of(channel == Channel.SMS ? "code.sentSms" : "code.sentEmail");
    }

    static ClientAnswer cooldown(long seconds) {
        return of("error.cooldown", seconds);
    }

    static ClientAnswer channelOff(Channel channel) {
        return of(channel == Channel.SMS ? "error.smsOff" : "error.emailOff");
    }

    static ClientAnswer invalid(int attemptsLeft) {
        return attemptsLeft == 0 ? TOO_MANY : of("error.invalid", attemptsLeft);
    }

    /** The catalogue in a language, without falling back to the computer's own locale. */
    public static ResourceBundle catalogue(Language language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String in(Language language) {
        ResourceBundle texts = catalogue(language);
        // Only texts with a {0} go through MessageFormat, which would eat the apostrophes of the others.
        return args.isEmpty() ? texts.getString(key) : MessageFormat.format(texts.getString(key), args.toArray());
    }
}
