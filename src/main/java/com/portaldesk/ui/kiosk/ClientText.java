package com.portaldesk.ui.kiosk;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A sentence for the client, held as its key in the kiosk's message catalogue (kiosk.properties) and its
 * arguments, so that each screen says it in the language chosen on it, and says it again after a switch.
 */
record ClientText(String key, List<Object> args) {
    static final ClientText NONE = new ClientText("", List.of());

    static ClientText of(String key, Object... args) {
        return key == null ? NONE : new ClientText(key, List.of(args));
    }

    boolean isEmpty() {
        return key.isEmpty();
    }

    String in(ResourceBundle texts) {
        if (isEmpty()) {
            return "";
        }
        // Only texts with a {0} go through MessageFormat, which would eat the apostrophes of the others.
        return args.isEmpty() ? texts.getString(key) : MessageFormat.format(texts.getString(key), args.toArray());
    }
}
