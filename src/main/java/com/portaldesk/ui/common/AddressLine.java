package com.portaldesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * An email address that wraps where its parts start. A label wraps latin text only at spaces, so an address wider
 * than its room broke at whatever letter reached the edge ("ahmed.ad / ams@example.net"). Here the address is laid
 * out in pieces side by side, with no gap: a new line starts before the {@code @} or after a dot or hyphen.
 */
public final class AddressLine extends FlowPane {
    private String pieceStyle = "";

    public AddressLine() {
        getStyleClass().add("address-line");
    }

    /** A style class every piece carries (the kiosk's larger text, for one); set from FXML. */
    public void setPieceStyle(String styleClass) {
        pieceStyle = styleClass;
    }

    public String getPieceStyle() {
        return pieceStyle;
    }

    /** Shows {@code text}; an empty one shows nothing. */
    public void setAddress(String text) {
        List<Label> pieces = new ArrayList<>();
        for (String piece : pieces(text)) {
            Label shown = new Label(piece);
            if (!pieceStyle.isEmpty()) {
                shown.getStyleClass().add(pieceStyle);
            }
            shown.setWrapText(true); // a single piece wider than the whole room still shows all its letters
            shown.setMinHeight(Region.USE_PREF_SIZE);
            shown.maxWidthProperty().bind(widthProperty());
            pieces.add(shown);
        }
        getChildren().setAll(pieces);
    }

    /** The address whole, as the person reads it. */
    public String address() {
        StringBuilder whole = new StringBuilder();
        getChildren().forEach(piece -> whole.append(((Label) piece).getText()));
        return whole.toString();
    }

    static List<String> pieces(String address) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '@' && i > start) {
                pieces.add(address.substring(start, i));
                start = i;
            } else if (c == '.' || c == '-') {
                pieces.add(address.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < address.length()) {
            pieces.add(address.substring(start));
        }
        return pieces;
    }
}
