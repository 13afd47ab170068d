package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.kiosk.KioskViewModel.Step;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The kiosk screen: binds to {@link KioskViewModel}; every text comes from the resource bundle. */
public final class KioskView extends UiPart<StackPane> {
    public static final String BUNDLE = "com.portaldesk.ui.kiosk.kiosk";

    @FXML private Label firmName;
    @FXML private Button languageButton;
    @FXML private VBox identifyPane;
    @FXML private Label welcomeTitle;
    @FXML private Label welcomeSubtitle;
    @FXML private Label emailLabel;
    @FXML private TextField email;
    @FXML private Label lastFourLabel;
    @FXML private PasswordField lastFour;
    @FXML private Button textMe;
    @FXML private Button emailMe;
    @FXML private VBox codePane;
    @FXML private Label codeTitle;
    @FXML private Label message;
    @FXML private Label codeLabel;
    @FXML private TextField code;
    @FXML private Button continueButton;
    @FXML private Button resendButton;
    @FXML private Button emailInstead;
    @FXML private Button startOver;
    @FXML private VBox signedInPane;
    @FXML private Label welcome;
    @FXML private Label detailsTitle;
    @FXML private ListView<String> details;
    @FXML private Button signOut;
    @FXML private Button checkInButton;
    @FXML private Label checkInMessage;
    @FXML private ProgressIndicator busy;
    @FXML private Label error;
    @FXML private VBox idlePane;
    @FXML private Label idleTitle;
    @FXML private Label idleMessage;
    @FXML private Button stillHere;

    private final KioskViewModel model;
    private final Runnable onStaff;
    private Locale locale = Locale.ENGLISH;

    public KioskView(KioskViewModel model, String firm, Runnable onStaff) {
        this.model = model;
        this.onStaff = onStaff;
        firmName.setText(firm);
        email.textProperty().bindBidirectional(model.emailProperty());
        lastFour.textProperty().bindBidirectional(model.lastFourProperty());
        code.textProperty().bindBidirectional(model.codeProperty());
        message.textProperty().bind(model.messageProperty());
        error.textProperty().bind(model.errorProperty());
        welcome.textProperty().bind(model.welcomeProperty());
        details.setItems(model.details());
        checkInMessage.textProperty().bind(model.messageProperty());
        checkInButton.disableProperty().bind(model.checkedInProperty().or(model.busyProperty()));
        busy.visibleProperty().bind(model.busyProperty());
        resendButton.textProperty().bind(model.resendLabelProperty());
        resendButton.disableProperty().bind(model.resendAllowedProperty().not());
        emailInstead.disableProperty().bind(model.resendAllowedProperty().not().or(model.emailEnabledProperty().not()));
        textMe.visibleProperty().bind(model.smsEnabledProperty());
        textMe.managedProperty().bind(model.smsEnabledProperty());
        emailMe.visibleProperty().bind(model.emailEnabledProperty());
        emailMe.managedProperty().bind(model.emailEnabledProperty());
        idlePane.visibleProperty().bind(model.idleWarningProperty());
        idleMessage.textProperty().bind(model.idleMessageProperty());
        for (TextField field : new TextField[] {email, lastFour, code}) {
            field.setContextMenu(new javafx.scene.control.ContextMenu());
        }
        getRoot().addEventFilter(InputEvent.ANY, event -> {
            if (!(event instanceof javafx.scene.input.MouseEvent mouse)
                    || mouse.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED) {
                model.activity();
            }
        });
        model.stepProperty().addListener((obs, old, now) -> show(now));
        applyTexts();
        show(model.stepProperty().get());
    }

    private void show(Step step) {
        for (Node pane : new Node[] {identifyPane, codePane, signedInPane}) {
            pane.setVisible(false);
            pane.setManaged(false);
        }
        Node current = switch (step) {
            case IDENTIFY -> identifyPane;
            case CODE -> codePane;
            case SIGNED_IN -> signedInPane;
        };
        current.setVisible(true);
        current.setManaged(true);
        (step == Step.IDENTIFY ? email : step == Step.CODE ? code : signOut).requestFocus();
    }

    private void applyTexts() {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        model.setTexts(texts);
        welcomeTitle.setText(texts.getString("welcome.title"));
        welcomeSubtitle.setText(texts.getString("welcome.subtitle"));
        emailLabel.setText(texts.getString("field.email"));
        lastFourLabel.setText(texts.getString("field.lastFour"));
        textMe.setText(texts.getString("button.textMe"));
        emailMe.setText(texts.getString("button.emailMe"));
        codeTitle.setText(texts.getString("code.title"));
        codeLabel.setText(texts.getString("code.field"));
        continueButton.setText(texts.getString("button.continue"));
        emailInstead.setText(texts.getString("button.emailInstead"));
        startOver.setText(texts.getString("button.startOver"));
        detailsTitle.setText(texts.getString("signedIn.details"));
        signOut.setText(texts.getString("button.signOut"));
        checkInButton.setText(texts.getString("button.checkIn"));
        idleTitle.setText(texts.getString("idle.title"));
        stillHere.setText(texts.getString("button.stillHere"));
        languageButton.setText(texts.getString("language.other"));
        model.tick();
    }

    @FXML
    private void onLanguage() {
        locale = locale.getLanguage().equals("es") ? Locale.ENGLISH : Locale.forLanguageTag("es");
        applyTexts();
    }

    @FXML
    private void onTextMe() {
        model.requestCode(Channel.SMS);
    }

    @FXML
    private void onEmailMe() {
        model.requestCode(Channel.EMAIL);
    }

    @FXML
    private void onContinue() {
        model.submitCode();
    }

    @FXML
    private void onResend() {
        model.resend(null);
    }

    @FXML
    private void onEmailInstead() {
        model.resend(Channel.EMAIL);
    }

    @FXML
    private void onStartOver() {
        model.startOver();
    }

    @FXML
    private void onCheckIn() {
        model.checkIn();
    }

    @FXML
    private void onSignOut() {
        model.signOut();
    }

    @FXML
    private void onStillHere() {
        model.activity();
    }

    @FXML
    private void onStaff() {
        onStaff.run();
    }
}
