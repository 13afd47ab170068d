package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.TextSize;
import com.portaldesk.ui.common.WholeText;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * A window's scene for one of the staff app's full-window screens before the main window (sign-in, the recovery
 * key): the app's stylesheet, the text size chosen at this workstation, scrolling when the screen does not fit, and
 * the window's size kept from one screen to the next.
 */
public final class StaffScene {
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private StaffScene() {}

    /** In a new window at the usual size; in one already open, at the size the person gave it. */
    public static Scene of(Node screen, TextSize textSize, Window window) {
        boolean open = window != null && window.getScene() != null;
        Scene scene = new Scene(
                WholeText.scrollWhenCramped(screen),
                open ? window.getScene().getWidth() : WIDTH,
                open ? window.getScene().getHeight() : HEIGHT);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        textSize.attach(scene);
        return scene;
    }
}
