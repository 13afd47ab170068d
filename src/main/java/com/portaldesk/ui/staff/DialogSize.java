package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.ScreenFit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A dialog as large as its content asks (which grows with the text size), at least its usual size, and never larger
 * than the screen its owner is on: what does not fit then scrolls inside the dialog, and its buttons stay in view.
 */
final class DialogSize {
    private static final double SCROLL_BAR_ROOM = 24;

    private DialogSize() {}

    static void fitToScreen(Stage dialog, Window owner, double usualWidth, double usualHeight) {
        dialog.getScene().getRoot().applyCss();
        // Room for a vertical scroll bar too: when the fields scroll down, they must not also need to scroll across.
        double wantedWidth = Math.max(usualWidth, dialog.getScene().getRoot().prefWidth(-1) + SCROLL_BAR_ROOM);
        double wantedHeight = Math.max(usualHeight, dialog.getScene().getRoot().prefHeight(wantedWidth));
        Rectangle2D screen = ScreenFit.screenOf(owner);
        dialog.setWidth(Math.min(wantedWidth, screen.getWidth()));
        dialog.setHeight(Math.min(wantedHeight, screen.getHeight()));
        // A dialog that grew where it stood (reasons shown under its fields) is moved back onto the screen: its title
        // bar above the top would leave it where no one can move it.
        if (!Double.isNaN(dialog.getY())) {
            dialog.setY(Math.max(screen.getMinY(), Math.min(dialog.getY(), screen.getMaxY() - dialog.getHeight())));
        }
        if (!Double.isNaN(dialog.getX())) {
            dialog.setX(Math.max(screen.getMinX(), Math.min(dialog.getX(), screen.getMaxX() - dialog.getWidth())));
        }
        dialog.setMaxWidth(screen.getWidth());
        dialog.setMaxHeight(screen.getHeight());
    }
}
