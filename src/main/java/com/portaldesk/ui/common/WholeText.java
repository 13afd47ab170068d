package com.portaldesk.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Text is never cut off to an ellipsis, at any text size: a label or button is never narrower than its words (one
 * that wraps, never shorter than its lines), a table's columns never narrower than their titles, and a screen whose
 * parts then no longer fit its window scrolls instead of squeezing them (decision 0021).
 */
public final class WholeText {
    private WholeText() {}

    /** Every label and button under {@code root}, as built from its FXML: never squeezed below its whole text. */
    public static void keep(Node root) {
        if (root instanceof Labeled labeled) {
            keep(labeled);
        } else if (root instanceof ComboBoxBase<?> choice) {
            // As wide as its longest choice in the font it is drawn in, not a width fixed for one text size.
            choice.setPrefWidth(Region.USE_COMPUTED_SIZE);
            choice.setMinWidth(Region.USE_PREF_SIZE);
            remeasure(choice); // a screen shown again after a text size change
        } else if (root instanceof ChoiceBox<?> choice) {
            choice.setMinWidth(Region.USE_PREF_SIZE); // never narrower than the choice it shows
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                keep(child);
            }
        }
        // What a control holds before its skin makes it a child.
        if (root instanceof ScrollPane scrolling && scrolling.getContent() != null) {
            keep(scrolling.getContent());
        } else if (root instanceof TitledPane titled && titled.getContent() != null) {
            keep(titled.getContent());
        } else if (root instanceof SplitPane split) {
            split.getItems().forEach(WholeText::keep);
        } else if (root instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(tab -> tab.getContent() != null).forEach(tab -> keep(tab.getContent()));
        } else if (root instanceof TableView<?> table) {
            TableHeaders.keepWhole(table);
            if (table.getPlaceholder() != null) {
                keep(table.getPlaceholder());
            }
        } else if (root instanceof ListView<?> list && list.getPlaceholder() != null) {
            keep(list.getPlaceholder());
        }
    }

    /**
     * Lets every combo box under {@code root} shrink to its choices again, after the text got smaller. JavaFX measures
     * a combo box's list as at least as wide as the box already is, so without this a box that grew at a large text
     * size never gives the room back.
     */
    public static void remeasure(Node root) {
        if (root instanceof ComboBoxBase<?> choice) {
            choice.resize(0, choice.getHeight());
            if (choice.getSkin() instanceof ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof Parent list) {
                list.requestLayout();
            }
            choice.requestLayout();
        } else if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(WholeText::remeasure);
        }
    }

    /** One label or button: as wide as its words, or, where it wraps, as tall as its lines. */
    public static void keep(Labeled labeled) {
        if (labeled.isWrapText()) {
            labeled.setMinHeight(Region.USE_PREF_SIZE);
        } else {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /**
     * A row's one dispensable part (a tagline) shown only while the whole row fits its width: at a large text size it
     * goes, rather than every other part of the row being cut.
     */
    public static void dropWhenCramped(HBox row, Region dispensable) {
        dispensable.setMinWidth(0); // the row's own minimum never counts it: the window decides whether it shows
        Runnable fit = () -> {
            double without =
                    row.prefWidth(-1) - (dispensable.isManaged() ? dispensable.prefWidth(-1) + row.getSpacing() : 0);
            boolean fits = without + dispensable.prefWidth(-1) + row.getSpacing() <= row.getWidth();
            dispensable.setManaged(fits);
            dispensable.setVisible(fits);
        };
        row.widthProperty().addListener((obs, old, now) -> fit.run());
        row.needsLayoutProperty().addListener((obs, old, now) -> {
            if (now) {
                fit.run();
            }
        });
    }

    /**
     * The screen as it is while the window is large enough for it; scrolling, sideways or down, once it is not (a
     * small window, or large text). A screen that scrolls already is returned as it is.
     */
    public static Parent scrollWhenCramped(Node screen) {
        keep(screen);
        if (screen instanceof ScrollPane already) {
            return already;
        }
        ScrollPane scrolling = new ScrollPane(screen);
        scrolling.setFitToWidth(true);
        scrolling.setFitToHeight(true);
        scrolling.getStyleClass().add("edge-to-edge");
        return scrolling;
    }
}
