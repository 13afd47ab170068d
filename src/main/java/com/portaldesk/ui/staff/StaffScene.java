package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.TextSize;
import com.portaldesk.ui.common.WholeText;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * A window's scene for one of the staff app's full-window screens before the main window (sign-in, the recovery
 * key): the app's stylesheet, the text size chosen at this workstation, and scrolling when the screen does not fit.
 */
public final class StaffScene {
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private StaffScene() {
    }

    public static Scene of(Node screen, TextSize textSize) {
        Scene scene = new Scene(WholeText.scrollWhenCramped(screen), WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        textSize.attach(scene);
        return scene;
    }
}
