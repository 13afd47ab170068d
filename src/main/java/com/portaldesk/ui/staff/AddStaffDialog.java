package com.portaldesk.ui.staff;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Adding a staff account: one column of fields, each problem said under its field, and the dialog open until the
 * account exists, so nothing typed is lost and the cursor goes to the first field to mend.
 */
final class AddStaffDialog {
    private final StaffAccountsViewModel model;
    private final Consumer<Dialog<?>> ownedByThisWindow;

    /** {@code ownedByThisWindow} puts the dialog over the staff window, at its text size. */
    AddStaffDialog(StaffAccountsViewModel model, Consumer<Dialog<?>> ownedByThisWindow) {
        this.model = model;
        this.ownedByThisWindow = ownedByThisWindow;
    }

    void showAndWait() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Add a staff account");
        TextField username = new TextField();
        TextField name = new TextField();
        ChoiceBox<Role> role = new ChoiceBox<>();
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : value == Role.ADMIN ? "Admin" : "Staff";
            }

            @Override
            public Role fromString(String text) {
                return "Admin".equals(text) ? Role.ADMIN : Role.STAFF;
            }
        });
        role.setValue(Role.STAFF);
        PasswordField password = new PasswordField();
        Map<StaffException.Field, Label> besideField = new EnumMap<>(StaffException.Field.class);
        for (StaffException.Field field : StaffException.Field.values()) {
            besideField.put(field, formError());
            besideField.get(field).setId("newStaffError-" + field.name());
        }
        username.setId("newStaffUser");
        name.setId("newStaffName");
        password.setId("newStaffPassword");
        // One column, each field under its name and its problem under it: at 200% text a row of name, field and
        // reason ran past the dialog's edge. The form scrolls where the screen is shorter than it.
        Label firstSignIn = new Label("They choose their own password at the first sign-in.");
        firstSignIn.setWrapText(true);
        Label refusal = formError();
        VBox form = new VBox(
                10,
                field("User name", username, besideField.get(StaffException.Field.USERNAME)),
                field("Name", name, besideField.get(StaffException.Field.DISPLAY_NAME)),
                field("Role", role, null),
                field("First password (12+ characters)", password, besideField.get(StaffException.Field.PASSWORD)),
                firstSignIn,
                refusal);
        form.setPadding(new Insets(8, 12, 4, 4));
        ScrollPane scrolling = new ScrollPane(form);
        scrolling.setFitToWidth(true);
        scrolling.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scrolling.getStyleClass().add("edge-to-edge");
        dialog.setHeaderText("A new staff account");
        dialog.getDialogPane().setContent(scrolling);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ownedByThisWindow.accept(dialog);
        Map<StaffException.Field, TextInputControl> fields = Map.of(
                StaffException.Field.USERNAME,
                username,
                StaffException.Field.DISPLAY_NAME,
                name,
                StaffException.Field.PASSWORD,
                password);
        fields.forEach((field, input) -> {
            Label error = besideField.get(field);
            // A problem goes as soon as its field is edited: the dialog does not keep a mended field red.
            input.textProperty().addListener((obs, old, now) -> error.setText(""));
        });
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        // The dialog stays open until the account exists: every problem is said under its field, nothing typed is
        // lost, and the cursor goes to the first field to mend.
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            besideField.values().forEach(label -> label.setText(""));
            refusal.setText("");
            ok.setDisable(true);
            model.add(
                    username.getText(),
                    name.getText(),
                    role.getValue(),
                    password.getText().toCharArray(),
                    why -> {
                        ok.setDisable(false);
                        why.byField()
                                .forEach((field, problem) ->
                                        besideField.get(field).setText(problem));
                        refusal.setText(why.general().isEmpty() ? "" : why.general() + " No account was added.");
                        why.byField().keySet().stream()
                                .findFirst()
                                .map(fields::get)
                                .ifPresent(field -> {
                                    fitToScreen(dialog); // room for the reasons, within the screen, its buttons in view
                                    field.requestFocus();
                                    FieldErrors.reveal(scrolling, field);
                                });
                    },
                    () -> {
                        dialog.setResult(ButtonType.OK);
                        dialog.close();
                    });
        });
        dialog.setOnShown(event -> {
            // After the dialog has sized and centred itself by its first measure, which ran past the top at 200%.
            Platform.runLater(() -> {
                fitToScreen(dialog);
                username.requestFocus(); // typing starts in the first field, not on OK
            });
        });
        dialog.showAndWait();
    }

    /** A field under its name (which screen readers read for it), with the place for its problem under it. */
    private static VBox field(String name, Control input, Label problem) {
        Label caption = new Label(name);
        caption.setLabelFor(input);
        input.setStyle("-fx-pref-width: 22em;"); // room for a name or an email-like user name, at any text size
        VBox box = new VBox(3, caption, input);
        if (problem != null) {
            problem.maxWidthProperty().bind(box.widthProperty()); // wraps within the form, never widens the dialog
            box.getChildren().add(problem);
        }
        return box;
    }

    private static void fitToScreen(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window instanceof Stage stage && stage.getOwner() != null) {
            DialogSize.fitToScreen(stage, stage.getOwner(), 0, 0);
        }
    }

    /** A refusal beside a field, in words that wrap; takes no room while there is nothing to say. */
    private static Label formError() {
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }
}
