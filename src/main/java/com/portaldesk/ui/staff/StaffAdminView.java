package com.portaldesk.ui.staff;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.common.WholeText;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The Staff section: binds to {@link StaffAccountsViewModel}; asks for the new account and passwords in dialogs. */
public final class StaffAdminView extends UiPart<BorderPane> {
    @FXML
    private TableView<StaffAccount> staffTable;

    @FXML
    private TableColumn<StaffAccount, String> usernameColumn;

    @FXML
    private TableColumn<StaffAccount, String> nameColumn;

    @FXML
    private TableColumn<StaffAccount, String> roleColumn;

    @FXML
    private TableColumn<StaffAccount, String> mfaColumn;

    @FXML
    private TableColumn<StaffAccount, String> ssnColumn;

    @FXML
    private TableColumn<StaffAccount, String> stateColumn;

    @FXML
    private TableColumn<StaffAccount, String> lastSignInColumn;

    @FXML
    private Button disableButton;

    @FXML
    private Button enableButton;

    @FXML
    private Button makeAdminButton;

    @FXML
    private Button makeStaffButton;

    @FXML
    private Button resetPasswordButton;

    @FXML
    private Button resetMfaButton;

    @FXML
    private Button unlockAccountButton;

    @FXML
    private Label staffStatus;

    private final StaffAccountsViewModel model;

    public StaffAdminView(StaffAccountsViewModel model) {
        this.model = model;
        staffTable.setItems(model.rows());
        Columns.text(usernameColumn, StaffAccount::username);
        Columns.text(nameColumn, StaffAccount::displayName);
        Columns.text(roleColumn, StaffAccountsViewModel.ROLE);
        Columns.text(mfaColumn, a -> a.mfaEnrolled() ? "set up" : "not set up");
        Columns.text(ssnColumn, a -> a.canRevealSsn() ? "may reveal" : "");
        Columns.text(stateColumn, model::stateOf);
        Columns.text(lastSignInColumn, model::lastSignInOf);
        staffStatus.textProperty().bind(model.statusProperty());
        staffTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != staffTable.getSelectionModel().getSelectedItem()) {
                staffTable.getSelectionModel().select(now);
            }
        });
        disableButton
                .disableProperty()
                .bind(model.applies(StaffAccountsViewModel::canDisable).not());
        enableButton
                .disableProperty()
                .bind(model.applies(StaffAccountsViewModel::canEnable).not());
        makeAdminButton
                .disableProperty()
                .bind(model.applies(StaffAccountsViewModel::canMakeAdmin).not());
        makeStaffButton
                .disableProperty()
                .bind(model.applies(StaffAccountsViewModel::canMakeStaff).not());
        resetPasswordButton
                .disableProperty()
                .bind(model.applies(account -> true).not());
        resetMfaButton
                .disableProperty()
                .bind(model.applies(StaffAccountsViewModel::canResetMfa).not());
        unlockAccountButton
                .disableProperty()
                .bind(model.applies(model::canUnlock).not());
        model.refresh();
    }

    @FXML
    private void onDisable() {
        model.setDisabled(true);
    }

    @FXML
    private void onEnable() {
        model.setDisabled(false);
    }

    @FXML
    private void onMakeAdmin() {
        model.setRole(Role.ADMIN);
    }

    @FXML
    private void onMakeStaff() {
        model.setRole(Role.STAFF);
    }

    @FXML
    private void onResetMfa() {
        model.resetMfa();
    }

    @FXML
    private void onUnlock() {
        model.unlock();
    }

    @FXML
    private void onResetPassword() {
        model.resetPassword(account -> askPassword("New password for " + account.username()));
    }

    @FXML
    private void onAdd() {
        new AddStaffDialog(model, this::ownedByThisWindow).showAndWait();
    }

    /** Over this window, drawn at its text size. */
    private void ownedByThisWindow(Dialog<?> dialog) {
        if (getRoot().getScene() != null) {
            dialog.initOwner(getRoot().getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(getRoot().getScene().getStylesheets());
        }
        WholeText.keep(dialog.getDialogPane().getContent());
    }

    private Optional<char[]> askPassword(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        PasswordField password = new PasswordField();
        VBox box = new VBox(
                8,
                new Label(title + " (at least 12 characters). They choose their own at the next " + "sign-in."),
                password);
        box.setPadding(new Insets(8, 4, 4, 4));
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ownedByThisWindow(dialog);
        return dialog.showAndWait()
                .filter(ButtonType.OK::equals)
                .map(ok -> password.getText().toCharArray());
    }
}
