package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.QrImage;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.staff.SignInViewModel.Step;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The staff sign-in screen: one card showing the step the view model is on. */
public final class SignInView extends UiPart<StackPane> {
    @FXML
    private Label heading;

    @FXML
    private Label message;

    @FXML
    private Label error;

    @FXML
    private ProgressIndicator busy;

    @FXML
    private VBox setupPane;

    @FXML
    private TextField firmName;

    @FXML
    private TextField firmPhone;

    @FXML
    private TextField displayName;

    @FXML
    private TextField setupUser;

    @FXML
    private PasswordField setupPassword;

    @FXML
    private PasswordField setupConfirm;

    @FXML
    private VBox passwordPane;

    @FXML
    private TextField username;

    @FXML
    private PasswordField password;

    @FXML
    private VBox codePane;

    @FXML
    private VBox newPasswordPane;

    @FXML
    private PasswordField newPassword;

    @FXML
    private PasswordField newConfirm;

    @FXML
    private Button newPasswordButton;

    @FXML
    private TextField code;

    @FXML
    private VBox enrolPane;

    @FXML
    private ImageView qr;

    @FXML
    private Label secret;

    @FXML
    private TextField enrolCode;

    @FXML
    private VBox recoveryPane;

    @FXML
    private ListView<String> recoveryList;

    @FXML
    private Label codesNote;

    @FXML
    private Button setupButton;

    @FXML
    private Button signInButton;

    @FXML
    private Button codeButton;

    @FXML
    private Button enrolButton;

    @FXML
    private Label firmNameError;

    @FXML
    private Label firmPhoneError;

    @FXML
    private Label displayNameError;

    @FXML
    private Label setupUserError;

    @FXML
    private Label setupPasswordError;

    @FXML
    private Label setupConfirmError;

    private final SignInViewModel model;

    public SignInView(SignInViewModel model) {
        this.model = model;
        SteadyCard.keepsItsPlace(getRoot(), (Region) getRoot().getChildren().get(0));
        message.textProperty().bind(model.messageProperty());
        error.textProperty().bind(model.errorProperty());
        busy.visibleProperty().bind(model.busyProperty());
        getRoot().disableProperty().bind(model.busyProperty());
        secret.textProperty().bind(model.secretTextProperty());
        recoveryList.setItems(model.recoveryCodes());
        model.otpauthUriProperty()
                .addListener((obs, old, now) -> qr.setImage(now.isEmpty() ? null : QrImage.of(now, 400)));
        beside(firmName, firmNameError, SignInViewModel.SetupField.FIRM_NAME);
        beside(firmPhone, firmPhoneError, SignInViewModel.SetupField.FIRM_PHONE);
        beside(displayName, displayNameError, SignInViewModel.SetupField.DISPLAY_NAME);
        beside(setupUser, setupUserError, SignInViewModel.SetupField.USERNAME);
        beside(setupPassword, setupPasswordError, SignInViewModel.SetupField.PASSWORD);
        beside(setupConfirm, setupConfirmError, SignInViewModel.SetupField.CONFIRM);
        model.firstSetupErrorProperty().addListener((obs, old, field) -> {
            if (field != null) {
                setupFields.get(field).requestFocus();
            }
        });
        model.stepProperty().addListener((obs, old, now) -> show(now));
        show(model.stepProperty().get());
    }

    private final Map<SignInViewModel.SetupField, TextField> setupFields =
            new EnumMap<>(SignInViewModel.SetupField.class);

    /** The field's error right under it (taking room only when there is one), and the field marked red. */
    private void beside(TextField field, Label error, SignInViewModel.SetupField which) {
        setupFields.put(which, field);
        error.textProperty().bind(model.setupErrorProperty(which));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        FieldErrors.markWhileWrong(field, model.setupErrorProperty(which));
    }

    private void show(Step step) {
        for (Node pane : new Node[] {setupPane, passwordPane, codePane, newPasswordPane, enrolPane, recoveryPane}) {
            pane.setVisible(false);
            pane.setManaged(false);
        }
        Node current = switch (step) {
            case SETUP -> setupPane;
            case PASSWORD -> passwordPane;
            case CODE -> codePane;
            case NEW_PASSWORD -> newPasswordPane;
            case ENROL -> enrolPane;
            case RECOVERY_CODES -> recoveryPane;
        };
        current.setVisible(true);
        current.setManaged(true);
        // Only the visible step's button answers Enter; a hidden default button would swallow it.
        setupButton.setDefaultButton(step == Step.SETUP);
        signInButton.setDefaultButton(step == Step.PASSWORD);
        codeButton.setDefaultButton(step == Step.CODE);
        enrolButton.setDefaultButton(step == Step.ENROL);
        newPasswordButton.setDefaultButton(step == Step.NEW_PASSWORD);
        heading.setText(
                switch (step) {
                    case SETUP -> "Welcome. Set up your firm.";
                    case PASSWORD -> "Staff sign-in";
                    case CODE -> "Second step";
                    case NEW_PASSWORD -> "Choose your own password";
                    case ENROL -> "Set up your second factor";
                    case RECOVERY_CODES -> "Your recovery codes";
                });
        password.clear();
        setupPassword.clear();
        setupConfirm.clear();
        code.clear();
        enrolCode.clear();
        newPassword.clear();
        newConfirm.clear();
        (switch (step) {
                    case SETUP -> firmName;
                    case PASSWORD -> username;
                    case CODE -> code;
                    case NEW_PASSWORD -> newPassword;
                    case ENROL, RECOVERY_CODES -> enrolCode;
                })
                .requestFocus();
    }

    @FXML
    private void onSetUp() {
        model.setUp(
                firmName.getText(),
                firmPhone.getText(),
                setupUser.getText(),
                displayName.getText(),
                setupPassword.getText().toCharArray(),
                setupConfirm.getText().toCharArray());
    }

    @FXML
    private void onSignIn() {
        model.signIn(username.getText(), password.getText().toCharArray());
        password.clear();
    }

    @FXML
    private void onCode() {
        model.submitCode(code.getText());
        code.clear();
    }

    @FXML
    private void onNewPassword() {
        model.choosePassword(
                newPassword.getText().toCharArray(), newConfirm.getText().toCharArray());
        newPassword.clear();
        newConfirm.clear();
    }

    @FXML
    private void onEnrol() {
        model.confirmEnrolment(enrolCode.getText());
    }

    @FXML
    private void onRecoverySaved() {
        model.recoveryCodesSaved();
    }

    @FXML
    private void onCopyCodes() {
        codesNote.setText(codes().copy());
    }

    @FXML
    private void onSaveCodes() {
        String saved = codes().save(getRoot().getScene().getWindow());
        if (!saved.isEmpty()) { // no file chosen: what the note said stays
            codesNote.setText(saved);
        }
    }

    @FXML
    private void onPrintCodes() {
        codesNote.setText(codes().print(getRoot().getScene().getWindow()));
    }

    private RecoveryCodesKept codes() {
        return new RecoveryCodesKept(model.username(), model.recoveryCodes());
    }

    @FXML
    private void onStartOver() {
        model.startOver();
    }
}
