package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Language;
import java.util.ResourceBundle;

/** The kiosk's message catalogue (kiosk.properties, kiosk_es.properties): every sentence a client reads here. */
public final class KioskTexts {
    static final String BUNDLE = "com.portaldesk.ui.kiosk.kiosk";

    private KioskTexts() {
    }

    /**
     * The texts in a language. No fallback to the computer's own locale: on a PC set up in Spanish, English must
     * still be English (and so must the codes, which follow the screen's language).
     */
    public static ResourceBundle in(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
