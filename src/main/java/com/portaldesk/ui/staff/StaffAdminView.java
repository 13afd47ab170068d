package com.portaldesk.ui.staff;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Staff accounts for admins: add, disable or enable, reset the password, reset the second factor, change
 * the role, unlock. Built in code: a table and a row of actions, each offered only where it applies.
 */
public final class StaffAdminView {
    private final StaffAccounts accounts;
    private final Background background;
    private final DialogService dialogs;
    private final StaffSession admin;
    private final String terminal;
    private final TableView<StaffAccount> table = new TableView<>();
    private final Label status = new Label();
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("MMM d, yyyy HH:mm").withZone(java.time.ZoneId.systemDefault());
    private final BorderPane root = new BorderPane();

    public StaffAdminView(StaffAccounts accounts, Background background, DialogService dialogs, StaffSession admin,
                          String terminal) {
        this.accounts = accounts;
        this.background = background;
        this.dialogs = dialogs;
        this.admin = admin;
        this.terminal = terminal;
        table.setId("staffTable");
        column("User name", StaffAccount::username, 140);
        column("Name", StaffAccount::displayName, 180);
        column("Role", a -> a.role() == com.portaldesk.staff.Role.ADMIN ? "Admin" : "Staff", 80);
        column("Second factor", a -> a.mfaEnrolled() ? "set up" : "not set up", 110);
        column("Full SSN", a -> a.canRevealSsn() ? "may reveal" : "", 100);
        column("State", StaffAdminView::state, 230);
        column("Last sign-in", a -> a.lastSignInAt() == null ? "never" : WHEN.format(a.lastSignInAt()), 150);
        Label title = new Label("Staff accounts");
        title.getStyleClass().add("title-2");
        // One named action each, offered only where it applies to the selected account.
        HBox actions = new HBox(8, button("Add…", e -> add()),
                button("disableButton", "Disable", e -> setDisabled(true), a -> !a.disabled()),
                button("enableButton", "Enable", e -> setDisabled(false), StaffAccount::disabled),
                button("makeAdminButton", "Make admin", e -> setRole(Role.ADMIN), a -> a.role() != Role.ADMIN),
                button("makeStaffButton", "Make staff", e -> setRole(Role.STAFF), a -> a.role() != Role.STAFF),
                button("Reset password…", this::resetPassword), button("Reset second factor", this::resetMfa),
                button("Unlock", this::unlock));
        VBox top = new VBox(10, title, actions, status);
        top.setPadding(new Insets(14, 16, 10, 16));
        root.setTop(top);
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
        root.setCenter(table);
        refresh();
    }

    public BorderPane getRoot() {
        return root;
    }

    /** Whether the account can sign in now, in words. */
    static String state(StaffAccount account) {
        if (account.disabled()) {
            return "disabled";
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(java.time.Instant.now())) {
            return "locked until " + WHEN.format(account.lockedUntil());
        }
        return account.mustChangePassword() ? "active; chooses a password at next sign-in" : "active";
    }

    private void column(String name, java.util.function.Function<StaffAccount, String> getter, double width) {
        TableColumn<StaffAccount, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(getter.apply(c.getValue())));
        table.getColumns().add(column);
    }

    private static Button button(String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text);
        button.setOnAction(action);
        return button;
    }

    /** A button for an action that applies only to some accounts: disabled unless it applies to the selected one. */
    private Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> action,
                          java.util.function.Predicate<StaffAccount> appliesTo) {
        Button button = button(text, action);
        button.setId(id);
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            StaffAccount selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !appliesTo.test(selected);
        }, table.getSelectionModel().selectedItemProperty()));
        return button;
    }

    private void refresh() {
        background.run(accounts::list, list -> table.getItems().setAll(list),
                error -> status.setText("Cannot read the accounts: " + error.getMessage()));
    }

    private void withSelected(Consumer<StaffAccount> action) {
        StaffAccount selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            status.setText("Select an account first.");
            return;
        }
        action.accept(selected);
    }

    private void act(Runnable change, String done) {
        background.run(() -> {
            change.run();
            return done;
        }, message -> {
            status.setText(message);
            refresh();
        }, error -> dialogs.showError("Not changed", error.getMessage()));
    }

    private void setDisabled(boolean disabled) {
        withSelected(a -> act(() -> accounts.setDisabled(admin, a.id(), disabled, terminal),
                (disabled ? "Disabled " : "Enabled ") + a.username() + "."));
    }

    private void setRole(Role role) {
        withSelected(a -> act(() -> accounts.changeRole(admin, a.id(), role, terminal),
                a.username() + " is now " + (role == Role.ADMIN ? "an admin" : "staff") + "."));
    }

    private void resetMfa(javafx.event.ActionEvent e) {
        withSelected(a -> {
            if (dialogs.confirm("Reset second factor", a.username() + " will set up a new authenticator at the next "
                    + "sign-in, and the old recovery codes stop working.")) {
                act(() -> accounts.resetMfa(admin, a.id(), terminal), "Second factor reset for " + a.username() + ".");
            }
        });
    }

    private void unlock(javafx.event.ActionEvent e) {
        withSelected(a -> act(() -> accounts.unlock(admin, a.id(), terminal), "Unlocked " + a.username() + "."));
    }

    private void resetPassword(javafx.event.ActionEvent e) {
        withSelected(a -> askPassword("New password for " + a.username()).ifPresent(password ->
                act(() -> accounts.resetPassword(admin, a.id(), password, terminal),
                        "New password set for " + a.username() + "; tell them in person.")));
    }

    private void add() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Add a staff account");
        TextField username = new TextField();
        TextField name = new TextField();
        ChoiceBox<Role> role = new ChoiceBox<>();
        role.getItems().setAll(Role.values());
        role.setValue(Role.STAFF);
        PasswordField password = new PasswordField();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("User name"), username);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Role"), role);
        form.addRow(3, new Label("First password (12+ characters)"), password);
        form.setPadding(new Insets(8, 4, 4, 4));
        dialog.setHeaderText("A new staff account");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> act(() -> accounts.add(admin,
                username.getText(), name.getText(), role.getValue(), password.getText().toCharArray(), terminal),
                "Added " + username.getText() + "."));
    }

    private Optional<char[]> askPassword(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        PasswordField password = new PasswordField();
        VBox box = new VBox(8, new Label(title + " (at least 12 characters)"), password);
        box.setPadding(new Insets(8, 4, 4, 4));
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> password.getText().toCharArray());
    }
}
