package com.portaldesk.ui.common;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.util.Callback;

/**
 * A table's column headers are never cut ("Second f…"): each column is at least as wide as its header's whole title in
 * the font it is drawn in, at any text size. A table narrower than its columns scrolls sideways instead.
 */
public final class TableHeaders {
    private static final double ROOM = 6;

    private TableHeaders() {}

    /** Once per table; a second call (the table reached again through another screen's parts) changes nothing. */
    public static void keepWhole(TableView<?> table) {
        if (table.getProperties().putIfAbsent(TableHeaders.class, Boolean.TRUE) != null) {
            return;
        }
        if (table.getSkin() != null) {
            Platform.runLater(() -> fitColumnsToHeaders(table));
        }
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                // The skin makes its headers on its first layout: fit the columns once that is done.
                Platform.runLater(() -> fitColumnsToHeaders(table));
            }
        });
        table.getColumns().addListener((ListChangeListener<Object>) change -> {
            if (table.getSkin() != null) {
                Platform.runLater(() -> fitColumnsToHeaders(table));
            }
        });
    }

    private static void fitColumnsToHeaders(TableView<?> table) {
        scrollWhenColumnsDoNotFit(table);
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header
                    && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                double usualMin = usual(column, USUAL_MIN_WIDTH, column.getMinWidth());
                double usualPref = usual(column, USUAL_WIDTH, column.getPrefWidth());
                column.minWidthProperty()
                        .bind(Bindings.createDoubleBinding(
                                () -> Math.max(
                                        usualMin * scale(label),
                                        label.prefWidth(-1)
                                                + header.snappedLeftInset()
                                                + header.snappedRightInset()
                                                + ROOM),
                                label.fontProperty(),
                                label.textProperty(),
                                label.graphicProperty()));
                growWithTheText(column, label, usualPref);
            }
        }
    }

    /**
     * A column's usual widths were chosen for its values at the usual text size: they grow in step with the text, so
     * a phone number or an SSN's last four stay whole at 200% as at 100%. A width the person dragged is kept until the
     * text size changes.
     */
    private static void growWithTheText(TableColumnBase<?, ?> column, Label header, double usualPref) {
        Runnable fit = () -> column.setPrefWidth(usualPref * scale(header));
        fit.run();
        if (column.getProperties().putIfAbsent(FOLLOWS_TEXT, Boolean.TRUE) == null) {
            header.fontProperty().addListener((obs, old, now) -> fit.run());
        }
    }

    /**
     * A table that fits its columns to its width cannot scroll sideways: columns past its edge were out of reach. Once
     * the columns' least widths no longer fit (a large text size, a narrow window), the table lets them keep their
     * widths and scrolls; once they fit again, it fits them to its width again.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void scrollWhenColumnsDoNotFit(TableView<?> table) {
        if (table.getProperties().containsKey(FITTING_POLICY)) {
            return;
        }
        Callback fitting = table.getColumnResizePolicy();
        table.getProperties().put(FITTING_POLICY, fitting);
        if (fitting == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        boolean[] asked = {false};
        // After the change that asked, never during it: a new policy rebuilds the headers, which must not happen
        // while JavaFX is still walking them (applying a new text size).
        Runnable choose = () -> {
            if (asked[0]) {
                return;
            }
            asked[0] = true;
            Platform.runLater(() -> {
                asked[0] = false;
                double least = table.getVisibleLeafColumns().stream()
                        .mapToDouble(TableColumnBase::getMinWidth)
                        .sum();
                boolean fits = least + SCROLL_BAR <= table.getWidth();
                table.setColumnResizePolicy(fits ? fitting : TableView.UNCONSTRAINED_RESIZE_POLICY);
            });
        };
        table.widthProperty().addListener((obs, old, now) -> choose.run());
        for (TableColumnBase<?, ?> column : table.getVisibleLeafColumns()) {
            column.minWidthProperty().addListener((obs, old, now) -> choose.run());
        }
        choose.run();
    }

    private static final String FITTING_POLICY = "portaldesk.fittingPolicy";
    private static final double SCROLL_BAR = 16;

    /** The width the FXML gave, remembered the first time: later ones are already scaled. */
    private static double usual(TableColumnBase<?, ?> column, String which, double now) {
        return (double) column.getProperties().computeIfAbsent(which, key -> now);
    }

    private static double scale(Label header) {
        return header.getFont().getSize() / Font.getDefault().getSize();
    }

    private static final String USUAL_WIDTH = "portaldesk.usualWidth";
    private static final String USUAL_MIN_WIDTH = "portaldesk.usualMinWidth";
    private static final String FOLLOWS_TEXT = "portaldesk.followsText";
}
