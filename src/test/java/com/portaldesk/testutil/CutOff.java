package com.portaldesk.testutil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Finds text a person cannot read whole on screen: a label, button, column header or a combo box's chosen value whose
 * shown text is not its whole text (JavaFX cut it and put an ellipsis in). Only what is showing counts: a node and
 * every parent visible. Table cells are left out: a long value in a table is read whole in the screen's detail view.
 */
public final class CutOff {
    private CutOff() {}

    /** Each cut-off text under {@code root}, as "what it should say → what it shows". Call on the FX thread. */
    public static List<String> in(Parent root) {
        root.applyCss();
        root.layout();
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof IndexedCell<?> && !(node.getParent() instanceof ComboBoxBase<?>)) {
            return; // a row of a table or list; a combo box's chosen value is checked
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            shown(labeled)
                    .filter(text -> !text.equals(labeled.getText()))
                    .ifPresent(text ->
                            found.add(describe(labeled) + ": \"" + labeled.getText() + "\" shows \"" + text + "\""));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /**
     * Forms that scroll sideways: a screen meant to fit its width (a scroll pane fitting its content to its width)
     * whose content needs more, so the ends of its lines are out of sight until the person scrolls across.
     */
    public static List<String> sideways(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll(".scroll-pane")) {
            if (node instanceof ScrollPane scrolling
                    && scrolling.isFitToWidth()
                    && scrolling.getContent() != null
                    && treeVisible(scrolling)) {
                double needs = scrolling.getContent().minWidth(-1);
                double has = scrolling.getViewportBounds().getWidth();
                if (needs > has + 0.5) {
                    found.add(String.format(
                            "%s scrolls sideways: its content needs %.0f px, it shows %.0f (widest: %s)",
                            scrolling.getId() != null
                                    ? "#" + scrolling.getId()
                                    : String.join(".", scrolling.getStyleClass()),
                            needs,
                            has,
                            widest(scrolling.getContent())));
                }
            }
        }
        return found;
    }

    /** Down the widest part at each level: what holds the form open. */
    private static String widest(Node node) {
        Node at = node;
        while (at instanceof Parent parent
                && !(at instanceof Labeled)
                && !parent.getChildrenUnmodifiable().isEmpty()) {
            at = parent.getChildrenUnmodifiable().stream()
                    .filter(Node::isManaged)
                    .max(Comparator.comparingDouble(child -> child.minWidth(-1)))
                    .orElse(at);
            if (at == parent) {
                break;
            }
        }
        return String.format(
                "%s%s %.0f px",
                at.getClass().getSimpleName(),
                at instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "",
                at.minWidth(-1));
    }

    private static boolean treeVisible(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The window's content when it needs more room than the window has: its edges are then drawn outside the window,
     * where no one can read or reach them (a screen that scrolls needs no more than its viewport).
     */
    public static List<String> beyond(Scene scene) {
        Parent root = scene.getRoot();
        List<String> found = new ArrayList<>();
        if (root.minWidth(-1) > scene.getWidth() + 0.5) {
            found.add(String.format(
                    "the window's content needs %.0f px across, the window has %.0f",
                    root.minWidth(-1), scene.getWidth()));
        }
        if (root.minHeight(scene.getWidth()) > scene.getHeight() + 0.5) {
            found.add(String.format(
                    "the window's content needs %.0f px down, the window has %.0f",
                    root.minHeight(scene.getWidth()), scene.getHeight()));
        }
        return found;
    }

    /** Tables with rows whose columns run past their edge with no way to scroll to them. */
    public static List<String> unreachableColumns(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll(".table-view")) {
            if (!(node instanceof TableView<?> table)
                    || !showing(table)
                    || table.getItems().isEmpty()) {
                continue; // an empty table shows its placeholder, not its columns
            }
            double columns = table.getVisibleLeafColumns().stream()
                    .mapToDouble(c -> c.getWidth())
                    .sum();
            boolean scrolls = table.lookupAll(".scroll-bar").stream()
                    .anyMatch(bar -> bar instanceof ScrollBar scrollBar
                            && scrollBar.getOrientation() == Orientation.HORIZONTAL
                            && scrollBar.isVisible());
            if (columns > table.getWidth() + 1 && !scrolls) {
                found.add(String.format(
                        "#%s: columns %.0f px wide in a %.0f px table that cannot scroll to them",
                        table.getId(), columns, table.getWidth()));
            }
        }
        return found;
    }

    private static boolean showing(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text a Labeled draws: its skin's own Text node. */
    private static Optional<String> shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return Optional.ofNullable(text.getText());
            }
        }
        return Optional.empty();
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null
                ? "#" + labeled.getId()
                : labeled.getClass().getSimpleName();
        Node up = labeled.getParent();
        while (up != null && up.getId() == null) {
            up = up.getParent();
        }
        return id + (up == null ? "" : " in #" + up.getId());
    }
}
