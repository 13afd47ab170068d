package com.portaldesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * A table's column headers are never cut ("Second f…"): each column is at least as wide as its header's whole title in
 * the font it is drawn in, at any text size. A table narrower than its columns scrolls sideways instead.
 */
public final class TableHeaders {
    private static final double ROOM = 6;

    private TableHeaders() {
    }

    /** Once per table; a second call (the table reached again through another screen's parts) changes nothing. */
    public static void keepWhole(TableView<?> table) {
        if (table.getProperties().putIfAbsent(TableHeaders.class, Boolean.TRUE) != null) {
            return;
        }
        if (table.getSkin() != null) {
            javafx.application.Platform.runLater(() -> fitColumnsToHeaders(table));
        }
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                // The skin makes its headers on its first layout: fit the columns once that is done.
                javafx.application.Platform.runLater(() -> fitColumnsToHeaders(table));
            }
        });
        table.getColumns().addListener((javafx.collections.ListChangeListener<Object>) change -> {
            if (table.getSkin() != null) {
                javafx.application.Platform.runLater(() -> fitColumnsToHeaders(table));
            }
        });
    }

    private static void fitColumnsToHeaders(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                header.getTableColumn().minWidthProperty().bind(Bindings.createDoubleBinding(
                        () -> label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + ROOM,
                        label.fontProperty(), label.textProperty(), label.graphicProperty()));
            }
        }
    }
}
