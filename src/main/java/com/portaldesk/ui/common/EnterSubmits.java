package com.portaldesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter, typed in a form, presses the form's main button, as a person expects. It is scoped to the form, not the
 * window: the staff window holds many screens, and JavaFX keeps one "default button" per window, so the last screen
 * built would take every Enter. A multi-line box keeps Enter for a new line, and a focused button keeps it for itself.
 */
public final class EnterSubmits {
    private EnterSubmits() {}

    public static void on(Node form, Button submit) {
        form.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER
                    || event.isShortcutDown()
                    || event.isAltDown()
                    || event.getTarget() instanceof TextArea
                    || event.getTarget() instanceof ButtonBase) {
                return;
            }
            if (!submit.isDisabled() && submit.isVisible() && submit.getScene() != null) {
                event.consume();
                submit.fire();
            }
        });
    }
}
