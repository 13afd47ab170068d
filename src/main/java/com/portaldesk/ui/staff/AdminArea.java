package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.WholeText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The admin screens (security, delivery, staff, workstations, backups) under one "Settings" tab, chosen from a
 * list on the left: thirteen tabs did not fit a 1280-pixel window and hid the last ones behind an overflow menu.
 * A section with unsaved changes is asked about before another one replaces it.
 */
final class AdminArea {
    /** One screen of the area: its name in the list, its content, what to do when shown, and whether it is dirty. */
    record Section(String name, String hint, Node content, Runnable onShow, BooleanSupplier unsaved) {}

    private final BorderPane root = new BorderPane();
    private final ListView<Section> list = new ListView<>();
    private final StackPane content = new StackPane();
    private final List<Section> sections = new ArrayList<>();
    private final Predicate<String> mayLeave;
    private Section showing;
    private boolean reverting;

    /** {@code mayLeave} asks the person (with the section's name) whether unsaved changes may be left behind. */
    AdminArea(Predicate<String> mayLeave) {
        this.mayLeave = mayLeave;
        list.setId("adminSections");
        list.getStyleClass().add("admin-sections");
        list.setStyle("-fx-pref-width: 15em; -fx-min-width: 12em;"); // in em: it grows with the text size
        list.setCellFactory(view -> new SectionCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> choose(old, now));
        Label heading = new Label("Settings");
        heading.getStyleClass().add("title-4");
        VBox side = new VBox(8, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        side.setPadding(new Insets(14, 8, 8, 16));
        root.setLeft(side);
        root.setCenter(content);
    }

    void add(Section section) {
        sections.add(section);
        list.getItems().add(section);
        if (list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    Node root() {
        return root;
    }

    /** Shows a section by name; false when the person chose to stay on unsaved changes (or there is none). */
    boolean show(String name) {
        Section wanted =
                sections.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        if (wanted == null) {
            return false;
        }
        list.getSelectionModel().select(wanted);
        return showing == wanted;
    }

    /** Called when the whole tab is about to be left: true when nothing unsaved is lost (or the person agreed). */
    boolean mayLeaveTab() {
        return showing == null || !showing.unsaved().getAsBoolean() || mayLeave.test(showing.name());
    }

    /** The section on screen is shown again (its tab was selected): it reloads what it shows. */
    void reshow() {
        if (showing != null) {
            showing.onShow().run();
        }
    }

    private void choose(Section old, Section now) {
        if (reverting || now == null) {
            return;
        }
        if (old != null && old == showing && old.unsaved().getAsBoolean() && !mayLeave.test(old.name())) {
            reverting = true;
            Platform.runLater(() -> {
                list.getSelectionModel().select(old);
                reverting = false;
            });
            return;
        }
        showing = now;
        WholeText.keep(now.content()); // parts built in code as well as from FXML
        content.getChildren().setAll(now.content());
        now.onShow().run();
    }

    private static final class SectionCell extends ListCell<Section> {
        /** The cell's padding on both sides, the list's border and room for its scroll bar. */
        private static final double HINT_INSETS = 40;

        @Override
        protected void updateItem(Section item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("admin-section-name");
            Label hint = new Label(item.hint());
            hint.getStyleClass().addAll("text-muted", "text-small");
            hint.setWrapText(true);
            // As wide as the list's own room (at 200% text a fixed width had wrapped it into four short lines).
            hint.maxWidthProperty().bind(getListView().widthProperty().subtract(HINT_INSETS));
            hint.setMinHeight(Region.USE_PREF_SIZE); // two lines rather than an ellipsis
            setGraphic(new VBox(2, name, hint));
            setText(null);
        }
    }
}
