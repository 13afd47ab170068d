package com.portaldesk.ui.kiosk;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * How a client's field behaves at the kiosk: no autofill, no history, no clipboard, a length limit, and digits
 * only where digits belong. The clipboard is the one place typing could outlive a wipe (copied by one client,
 * pasted by the next), so its shortcuts do nothing here.
 */
final class KioskFields {
    private static final List<KeyCombination> CLIPBOARD_KEYS = List.of(
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.INSERT, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.INSERT, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.COPY),
            new KeyCodeCombination(KeyCode.CUT),
            new KeyCodeCombination(KeyCode.PASTE));

    private static final String KEYS = "kiosk.onScreenKeys";

    private KioskFields() {}

    /** Letters (or the email keys, without a space) on screen while this field is filled. */
    static void text(TextInputControl field, int maxLength, OnScreenKeys.Layout keys) {
        guard(field, maxLength, false, keys);
    }

    /** The keypad on screen while this field is filled; nothing but digits accepted. */
    static void digits(TextInputControl field, int maxLength) {
        guard(field, maxLength, true, OnScreenKeys.Layout.DIGITS);
    }

    /** The on-screen keys a field was set up with, so that the keys follow the focus; none for other controls. */
    static Optional<OnScreenKeys.Layout> keysFor(Node node) {
        return node == null
                ? Optional.empty()
                : Optional.ofNullable((OnScreenKeys.Layout) node.getProperties().get(KEYS));
    }

    private static void guard(TextInputControl field, int maxLength, boolean digitsOnly, OnScreenKeys.Layout keys) {
        field.getProperties().put(KEYS, keys);
        // An empty menu, not none: the default one offers Paste and Undo.
        field.setContextMenu(new ContextMenu());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (CLIPBOARD_KEYS.stream().anyMatch(shortcut -> shortcut.match(event))) {
                event.consume();
            }
        });
        field.setTextFormatter(new TextFormatter<>(change -> {
            String next = change.getControlNewText();
            boolean tooLong = next.length() > maxLength;
            boolean notDigits = digitsOnly && !next.chars().allMatch(c -> c >= '0' && c <= '9');
            return tooLong || notDigits ? null : change;
        }));
    }
}
