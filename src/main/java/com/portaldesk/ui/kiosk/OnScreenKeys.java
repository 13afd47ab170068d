package com.portaldesk.ui.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The kiosk's on-screen keys for a lobby PC with a touch screen and no keyboard: letters (for an email
 * address or a short note) or a numeric keypad (for the last four and the code). Keys type into whichever
 * field they are pointed at; they never take the focus themselves, so the caret stays where the client is
 * typing and a physical keyboard keeps working alongside.
 */
final class OnScreenKeys extends VBox {
    /**
     * Which set of keys to show: letters with a space bar and a shift key for a note or a staff password, letters
     * without them for an email address (it has no spaces and is not case-sensitive), digits.
     */
    enum Layout {
        LETTERS,
        EMAIL,
        DIGITS
    }

    private static final List<String> LETTER_ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm.-_");
    /** What each key of the rows above types with shift: capitals, and the symbols above the digits. */
    private static final List<String> SHIFTED_ROWS = List.of("!?#$%&*()+", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM,'/");

    /** Spanish letters and marks for a note or a name (an email address takes none of them), and with shift. */
    private static final String ACCENTS = "áéíóúüñ¿¡";

    private static final String SHIFTED_ACCENTS = "ÁÉÍÓÚÜÑ¿¡";

    /** Ids for keys whose text cannot be part of a CSS id. */
    private static final Map<String, String> KEY_NAMES = Map.ofEntries(
            Map.entry(".", "dot"),
            Map.entry(".com", "dotcom"),
            Map.entry("@", "at"),
            Map.entry("-", "dash"),
            Map.entry("_", "underscore"),
            Map.entry("á", "a-acute"),
            Map.entry("é", "e-acute"),
            Map.entry("í", "i-acute"),
            Map.entry("ó", "o-acute"),
            Map.entry("ú", "u-acute"),
            Map.entry("ü", "u-diaeresis"),
            Map.entry("ñ", "n-tilde"),
            Map.entry("¿", "question-opening"),
            Map.entry("¡", "exclamation-opening"));

    private final VBox letters = new VBox(6);
    private final HBox accents = row(6);
    private final VBox digits = new VBox(8);
    private final Button space = new Button();
    private final Button backspaceLetters = new Button("⌫");
    private final Button backspaceDigits = new Button("⌫");
    private final Button clear = new Button();
    private final ToggleButton shift = new ToggleButton("⇧");
    private final List<Button> shiftable = new ArrayList<>();
    private TextInputControl target;

    OnScreenKeys() {
        getStyleClass().add("kiosk-keys");
        setAlignment(Pos.CENTER);
        setId("onScreenKeys");
        setMaxHeight(USE_PREF_SIZE);
        for (int r = 0; r < LETTER_ROWS.size(); r++) {
            HBox keys = row(6);
            String row = LETTER_ROWS.get(r);
            String shifted = SHIFTED_ROWS.get(r);
            for (int c = 0; c < row.length(); c++) {
                Button key = typing(String.valueOf(row.charAt(c)), "kiosk-key");
                key.setUserData(new String[] {String.valueOf(row.charAt(c)), String.valueOf(shifted.charAt(c))});
                shiftable.add(key);
                keys.getChildren().add(key);
            }
            letters.getChildren().add(keys);
        }
        for (int c = 0; c < ACCENTS.length(); c++) {
            Button key = typing(String.valueOf(ACCENTS.charAt(c)), "kiosk-key");
            key.setUserData(
                    new String[] {String.valueOf(ACCENTS.charAt(c)), String.valueOf(SHIFTED_ACCENTS.charAt(c))});
            shiftable.add(key);
            accents.getChildren().add(key);
        }
        letters.getChildren().add(accents);
        shift.setId("key-shift");
        shift.getStyleClass().add("kiosk-key");
        shift.setFocusTraversable(false);
        shift.selectedProperty()
                .addListener((obs, old, on) ->
                        shiftable.forEach(key -> key.setText(((String[]) key.getUserData())[on ? 1 : 0])));
        HBox bottom = row(6);
        space.setId("key-space");
        space.setOnAction(e -> type(" "));
        setUp(space, "kiosk-key", "kiosk-key-wide");
        backspaceLetters.setId("key-backspace");
        backspaceLetters.setOnAction(e -> backspace());
        setUp(backspaceLetters, "kiosk-key", "kiosk-key-wide");
        bottom.getChildren()
                .addAll(shift, typing("@", "kiosk-key"), typing(".com", "kiosk-key-wide"), space, backspaceLetters);
        letters.getChildren().add(bottom);

        for (String row : List.of("123", "456", "789")) {
            HBox keys = row(8);
            row.chars().forEach(c -> keys.getChildren().add(typing(String.valueOf((char) c), "kiosk-digit")));
            digits.getChildren().add(keys);
        }
        clear.setId("key-clear");
        clear.setOnAction(e -> {
            if (target != null) {
                target.clear();
            }
        });
        setUp(clear, "kiosk-digit", "kiosk-digit-word");
        backspaceDigits.setId("key-backspace-digits");
        backspaceDigits.setOnAction(e -> backspace());
        setUp(backspaceDigits, "kiosk-digit");
        HBox last = row(8);
        last.getChildren().addAll(clear, typing("0", "kiosk-digit"), backspaceDigits);
        digits.getChildren().add(last);
        show(null, Layout.LETTERS);
        // As wide as the letters at least, so that the card beside the keys stays put when they turn into a keypad.
        letters.widthProperty()
                .addListener((obs, old, width) -> setMinWidth(Math.max(
                        getMinWidth(),
                        width.doubleValue()
                                + getInsets().getLeft()
                                + getInsets().getRight())));
    }

    /** Keys now type into this field (nothing, and hidden, when null). */
    void show(TextInputControl field, Layout layout) {
        target = field;
        getChildren().setAll(layout == Layout.DIGITS ? digits : letters);
        // An email address has no spaces and no accents; a note has both.
        space.setVisible(layout == Layout.LETTERS);
        space.setManaged(layout == Layout.LETTERS);
        accents.setVisible(layout == Layout.LETTERS);
        accents.setManaged(layout == Layout.LETTERS);
        shift.setVisible(layout == Layout.LETTERS);
        shift.setManaged(layout == Layout.LETTERS);
        shift.setSelected(false);
        setVisible(field != null);
    }

    void setTexts(ResourceBundle texts) {
        shift.setAccessibleText(KioskKey.KEY_SHIFT.in(texts));
        space.setText(KioskKey.KEY_SPACE.in(texts));
        space.setAccessibleText(KioskKey.KEY_SPACE.in(texts));
        backspaceLetters.setAccessibleText(KioskKey.KEY_BACKSPACE.in(texts));
        backspaceDigits.setAccessibleText(KioskKey.KEY_BACKSPACE.in(texts));
        clear.setText(KioskKey.KEY_CLEAR.in(texts));
        clear.setAccessibleText(KioskKey.KEY_CLEAR.in(texts));
    }

    private static HBox row(double gap) {
        HBox row = new HBox(gap);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private Button typing(String text, String style) {
        Button key = new Button(text);
        key.setId("key-" + KEY_NAMES.getOrDefault(text, text));
        key.setOnAction(e -> {
            type(key.getText());
            shift.setSelected(false); // one capital at a time, as on a phone
        });
        setUp(key, style.equals("kiosk-key-wide") ? new String[] {"kiosk-key", style} : new String[] {style});
        return key;
    }

    private static void setUp(Button key, String... styles) {
        key.getStyleClass().addAll(styles);
        // The field keeps the focus (and its caret); the keys are for pointing at, not tabbing through.
        key.setFocusTraversable(false);
    }

    private void type(String text) {
        if (target != null && !target.isDisabled()) {
            target.replaceSelection(text);
        }
    }

    private void backspace() {
        if (target == null) {
            return;
        }
        if (target.getSelection().getLength() > 0) {
            target.replaceSelection("");
        } else {
            target.deletePreviousChar();
        }
    }
}
