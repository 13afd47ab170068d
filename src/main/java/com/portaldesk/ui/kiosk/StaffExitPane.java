package com.portaldesk.ui.kiosk;

import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.UiPart;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/**
 * The staff sign-in laid over the kiosk to leave kiosk mode. A wrong attempt clears the password; closing
 * it (or the kiosk's idle wipe) clears everything typed.
 */
final class StaffExitPane extends UiPart<StackPane> {
    @FXML
    private Label staffTitle;

    @FXML
    private Label staffUserLabel;

    @FXML
    private TextField staffUser;

    @FXML
    private Label staffPasswordLabel;

    @FXML
    private PasswordField staffPassword;

    @FXML
    private Label staffCodeLabel;

    @FXML
    private TextField staffCode;

    @FXML
    private Label staffError;

    @FXML
    private Button staffCancel;

    @FXML
    private Button staffLeave;

    @FXML
    private StackPane staffKeys;

    private final OnScreenKeys keys = new OnScreenKeys();

    private final StaffExit exit;
    private final Background background;
    private final Consumer<Boolean> openChanged;
    private final Consumer<StaffSession> onLeft;
    private ResourceBundle texts;

    /**
     * @param openChanged told when the pane opens or closes (the kiosk's idle timer watches it too)
     * @param onLeft      told who signed in to leave (the leave is already audited)
     */
    StaffExitPane(StaffExit exit, Background background, Consumer<Boolean> openChanged, Consumer<StaffSession> onLeft) {
        this.exit = exit;
        this.background = background;
        this.openChanged = openChanged;
        this.onLeft = onLeft;
        for (TextField field : new TextField[] {staffUser, staffPassword, staffCode}) {
            field.setContextMenu(new ContextMenu());
        }
        staffKeys.getChildren().add(keys);
        keys.setId("staffOnScreenKeys");
        staffUser
                .focusedProperty()
                .addListener((obs, old, now) -> keysFor(staffUser, now, OnScreenKeys.Layout.LETTERS));
        staffPassword
                .focusedProperty()
                .addListener((obs, old, now) -> keysFor(staffPassword, now, OnScreenKeys.Layout.LETTERS));
        staffCode.focusedProperty().addListener((obs, old, now) -> keysFor(staffCode, now, OnScreenKeys.Layout.DIGITS));
        staffPassword.setOnAction(e -> staffLeave.fire());
        staffCode.setOnAction(e -> staffLeave.fire());
    }

    /** The keys type into the field that has the focus; they stay shown (for the last field) when a key is pressed. */
    private void keysFor(TextField field, boolean focused, OnScreenKeys.Layout layout) {
        if (focused) {
            keys.show(field, layout);
        }
    }

    void setTexts(ResourceBundle bundle) {
        texts = bundle;
        keys.setTexts(bundle);
        staffTitle.setText(KioskKey.STAFF_TITLE.in(texts));
        staffUserLabel.setText(KioskKey.STAFF_USERNAME.in(texts));
        staffPasswordLabel.setText(KioskKey.STAFF_PASSWORD.in(texts));
        staffCodeLabel.setText(KioskKey.STAFF_CODE.in(texts));
        staffCancel.setText(KioskKey.BUTTON_CANCEL.in(texts));
        staffLeave.setText(KioskKey.STAFF_LEAVE.in(texts));
        staffUser.setAccessibleText(KioskKey.STAFF_USERNAME.in(texts));
        staffPassword.setAccessibleText(KioskKey.STAFF_PASSWORD.in(texts));
        staffCode.setAccessibleText(KioskKey.STAFF_CODE.in(texts));
    }

    void open() {
        exit.reset();
        staffError.setText("");
        getRoot().setVisible(true);
        openChanged.accept(true);
        staffUser.requestFocus();
    }

    void close() {
        exit.reset();
        staffUser.clear();
        staffPassword.clear();
        staffCode.clear();
        staffError.setText("");
        getRoot().setVisible(false);
        openChanged.accept(false);
    }

    @FXML
    private void onCancel() {
        close();
    }

    @FXML
    private void onLeave() {
        String user = staffUser.getText();
        char[] password = staffPassword.getText().toCharArray();
        String secondFactor = staffCode.getText();
        staffLeave.setDisable(true);
        staffError.setText(KioskKey.BUSY_CHECKING.in(texts));
        background.run(
                () -> exit.attempt(user, password, secondFactor),
                result -> {
                    staffLeave.setDisable(false);
                    Arrays.fill(password, '\0');
                    switch (result.outcome()) {
                        case LEFT -> {
                            close();
                            onLeft.accept(result.staff().orElseThrow());
                        }
                        case NEED_CODE -> {
                            staffError.setText(texts.getString(
                                    secondFactor.isBlank()
                                            ? KioskKey.STAFF_NEED_CODE.key()
                                            : KioskKey.STAFF_WRONG_CODE.key()));
                            staffCode.clear();
                            staffCode.requestFocus();
                        }
                        case NEED_ENROLMENT -> staffError.setText(KioskKey.STAFF_NEED_ENROLMENT.in(texts));
                        case NEED_NEW_PASSWORD -> staffError.setText(KioskKey.STAFF_NEED_NEW_PASSWORD.in(texts));
                        case REFUSED -> {
                            staffError.setText(KioskKey.STAFF_REFUSED.in(texts));
                            staffPassword.clear();
                            staffCode.clear();
                        }
                    }
                },
                failure -> {
                    staffLeave.setDisable(false);
                    staffError.setText(KioskKey.ERROR_UNAVAILABLE.in(texts));
                });
    }
}
