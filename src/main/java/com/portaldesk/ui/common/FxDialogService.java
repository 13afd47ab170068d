package com.portaldesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window so they open centred over it. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        return ask(title, message, action, ButtonType.CANCEL.getText(), false);
    }

    /** Here staying is the default button: a stray Enter after a stray Escape keeps what the person typed. */
    @Override
    public boolean confirm(String title, String message, String action, String stay) {
        return ask(title, message, action, stay, true);
    }

    private boolean ask(String title, String message, String action, String stay, boolean stayIsDefault) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(stay, ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(act, keep);
        Button actButton = (Button) alert.getDialogPane().lookupButton(act);
        actButton.setId("confirmButton");
        if (stayIsDefault) {
            actButton.setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(act::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseCsvToOpen(String title) {
        File file = chooser(title).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsvToSave(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    private void show(Alert.AlertType type, String title, String message) {
        alert(type, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        if (owner.getScene() != null) {
            // The window's stylesheets, so the message is drawn at the text size chosen there.
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setId("dialogMessage");
        text.setWrapText(true);
        // A width of its own (in em, so it grows with the text): a long message wraps instead of making the
        // dialog wider than the screen, and scrolls where it is taller than the screen.
        text.setStyle("-fx-pref-width: 36em; -fx-max-width: 36em;");
        text.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scrolling = new ScrollPane(text);
        scrolling.setFitToWidth(true);
        scrolling.getStyleClass().add("edge-to-edge");
        Rectangle2D screen = ScreenFit.screenOf(owner);
        scrolling.setMaxHeight(screen.getHeight() * 0.6);
        alert.getDialogPane().setContent(scrolling);
        alert.setOnShown(event -> {
            // As tall as the whole question (up to the most the screen allows), measured in the font it is drawn in:
            // left to itself the view asked for less than its lines at 200% text and showed a strip of one.
            alert.getDialogPane().applyCss();
            alert.getDialogPane().layout();
            double lines = text.prefHeight(text.getWidth() > 0 ? text.getWidth() : text.prefWidth(-1));
            scrolling.setPrefViewportHeight(Math.min(lines, scrolling.getMaxHeight()));
            alert.getDialogPane().getScene().getWindow().sizeToScene();
            ScreenFit.keepOn(alert.getDialogPane().getScene().getWindow(), screen);
        });
        return alert;
    }
}
