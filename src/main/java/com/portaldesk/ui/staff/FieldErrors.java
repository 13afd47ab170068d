package com.portaldesk.ui.staff;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** How a form shows what is wrong: the field itself marked, and the first wrong field brought into view and focused. */
final class FieldErrors {
    private static final String MARK = "field-wrong";

    private FieldErrors() {}

    /** Marks the field (a red border, from the stylesheet) for as long as its error is not empty. */
    static void markWhileWrong(Node field, ObservableStringValue error) {
        error.addListener((obs, old, now) -> {
            field.getStyleClass().remove(MARK);
            if (now != null && !now.isEmpty()) {
                field.getStyleClass().add(MARK);
            }
        });
    }

    /** Scrolls the form so the field is in view (a little below the top edge), then puts the cursor in it. */
    static void reveal(ScrollPane form, Node field) {
        Node content = form.getContent();
        Bounds fieldBounds = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight()
                - form.getViewportBounds().getHeight();
        if (hidden > 0) {
            double top = Math.max(0, fieldBounds.getMinY() - 40);
            form.setVvalue(Math.min(1, top / hidden) * (form.getVmax() - form.getVmin()) + form.getVmin());
        }
        field.requestFocus();
    }
}
