package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Language;
import com.portaldesk.verify.ClientAnswer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every sentence a client reads at the kiosk: the kiosk's own (kiosk.properties, kiosk_es.properties) and the
 * engine's answers, from their one catalogue shared with the command line (verify/answers*.properties).
 */
public final class KioskTexts {
    static final String BUNDLE = "com.portaldesk.ui.kiosk.kiosk";

    private KioskTexts() {}

    /**
     * The texts in a language. No fallback to the computer's own locale: on a PC set up in Spanish, English must
     * still be English (and so must the codes, which follow the screen's language).
     */
    public static ResourceBundle in(Language language) {
        ResourceBundle own = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Joined(own, ClientAnswer.catalogue(language), language.locale());
    }

    /** The kiosk's texts, then the engine's answers; a key in both would be a mistake (a test keeps them apart). */
    private static final class Joined extends ResourceBundle {
        private final ResourceBundle own;
        private final Locale locale;

        Joined(ResourceBundle own, ResourceBundle answers, Locale locale) {
            this.own = own;
            this.locale = locale;
            setParent(answers);
        }

        @Override
        protected Object handleGetObject(String key) {
            return own.containsKey(key) ? own.getObject(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>(own.keySet());
            keys.addAll(parent.keySet());
            return Collections.enumeration(keys);
        }

        @Override
        public Locale getLocale() {
            return locale;
        }
    }
}
