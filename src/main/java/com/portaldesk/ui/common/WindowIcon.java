package com.portaldesk.ui.common;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The icon a window shows in the task bar and the window switcher: the installers' own (installer/icons). */
public enum WindowIcon {
    STAFF_APP("portaldesk.png"),
    KIOSK("portaldesk-kiosk.png");

    private final String file;

    WindowIcon(String file) {
        this.file = file;
    }

    /** The icon as an image; a missing one would be a broken build, so it is an error, not a blank. */
    public Image image() {
        var resource = WindowIcon.class.getResource("/com/portaldesk/ui/icons/" + file);
        if (resource == null) {
            throw new IllegalStateException("The window icon " + file + " is not in the build");
        }
        return new Image(resource.toExternalForm());
    }

    public void on(Stage stage) {
        stage.getIcons().setAll(image());
    }
}
