package com.portaldesk.ui.kiosk;

import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.contacts.Channel;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.kiosk.KioskViewModel.Step;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The kiosk screen: binds to {@link KioskViewModel}; every text, accessible names included, comes from the
 * resource bundle. On-screen keys follow the field being typed in: letters for the email address and the
 * note, a numeric keypad for the last four and the code.
 */
public final class KioskView extends UiPart<StackPane> {
    public static final String BUNDLE = "com.portaldesk.ui.kiosk.kiosk";

    /**
     * The kiosk's texts in a language. No fallback to the computer's own locale: on a PC set up in Spanish, English
     * must still be English (and so must the codes, which follow the screen's language).
     */
    public static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @FXML private Label firmName;
    @FXML private javafx.scene.image.ImageView firmLogo;
    @FXML private Button languageButton;
    @FXML private Button staffButton;
    @FXML private HBox content;
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
    @FXML private Button otherChannel;
    @FXML private Label endedNote;
    @FXML private Button startOver;
    @FXML private VBox signedInPane;
    @FXML private Label welcome;
    @FXML private Label detailsTitle;
    @FXML private VBox details;
    @FXML private Button reportButton;
    @FXML private Button signOut;
    @FXML private Button checkInButton;
    @FXML private Label checkInMessage;
    @FXML private VBox reportPane;
    @FXML private Label reportTitle;
    @FXML private Label reportSubtitle;
    @FXML private CheckBox topicName;
    @FXML private CheckBox topicMobile;
    @FXML private CheckBox topicEmail;
    @FXML private CheckBox topicOther;
    @FXML private Label noteLabel;
    @FXML private TextField note;
    @FXML private Button reportBack;
    @FXML private Button reportSend;
    @FXML private ProgressIndicator busy;
    @FXML private Label busyText;
    @FXML private Label error;
    @FXML private StackPane idlePane;
    @FXML private Label idleTitle;
    @FXML private Label idleMessage;
    @FXML private Button stillHere;

    private final KioskViewModel model;
    private final StaffExitPane staffExit;
    private final OnScreenKeys keys = new OnScreenKeys();
    private ResourceBundle texts;
    private Locale locale = Locale.ENGLISH;

    /**
     * @param onLeft what happens once a staff member has signed in to leave kiosk mode (already audited)
     */
    public KioskView(KioskViewModel model, KioskServices services, Background background, String firm,
                     Consumer<StaffSession> onLeft) {
        this.model = model;
        this.staffExit = new StaffExitPane(new StaffExit(services), background, model::setStaffSignInOpen, staff -> {
            model.signOut();
            onLeft.accept(staff);
        });
        getRoot().getChildren().add(staffExit.getRoot());
        firmName.setText(firm);
        loadLogo(services, background);
        content.getChildren().add(keys);
        bindClientPath();
        bindReport();
        guardFields();
        getRoot().addEventFilter(InputEvent.ANY, event -> {
            if (!(event instanceof MouseEvent mouse) || mouse.getEventType() == MouseEvent.MOUSE_PRESSED) {
                model.activity();
            }
        });
        model.stepProperty().addListener((obs, old, now) -> show(now));
        model.onWipe(() -> {
            staffExit.close();
            loadLogo(services, background); // an admin may have changed it since the last client
            // The next person starts in the kiosk's own language, not the previous client's choice.
            if (!locale.equals(Locale.ENGLISH)) {
                locale = Locale.ENGLISH;
                applyTexts();
            }
        });
        // The language is chosen before signing in; texts already shown from the engine are not re-translated.
        // Every step: a client may find halfway through that they would rather read it in the other language.
        getRoot().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, focused) -> followFocus(focused));
                // Focus can only be given once the view is in a scene: the email field, ready for typing.
                javafx.application.Platform.runLater(() -> show(model.stepProperty().get()));
            }
        });
        applyTexts();
        show(model.stepProperty().get());
    }

    private void bindClientPath() {
        email.textProperty().bindBidirectional(model.emailProperty());
        lastFour.textProperty().bindBidirectional(model.lastFourProperty());
        code.textProperty().bindBidirectional(model.codeProperty());
        message.textProperty().bind(model.messageProperty());
        endedNote.textProperty().bind(model.endedNoteProperty());
        endedNote.visibleProperty().bind(endedNote.textProperty().isNotEmpty());
        endedNote.managedProperty().bind(endedNote.visibleProperty());
        error.textProperty().bind(model.errorProperty());
        welcome.textProperty().bind(model.welcomeProperty());
        model.details().addListener((javafx.collections.ListChangeListener<String>) change -> details.getChildren()
                .setAll(model.details().stream().map(line -> {
                    Label label = new Label(line);
                    label.getStyleClass().add("kiosk-text");
                    return label;
                }).toList()));
        checkInMessage.textProperty().bind(model.messageProperty());
        checkInButton.disableProperty().bind(model.checkedInProperty().or(model.busyProperty()));
        busy.visibleProperty().bind(model.busyProperty());
        busyText.textProperty().bind(model.busyTextProperty());
        resendButton.textProperty().bind(model.resendLabelProperty());
        resendButton.disableProperty().bind(model.resendAllowedProperty().not());
        // After a text: "Send by email instead"; after an email: "Send by text instead"; hidden when the policy
        // allows only the channel already used.
        otherChannel.disableProperty().bind(model.resendAllowedProperty().not());
        otherChannel.visibleProperty().bind(model.otherChannelBinding().isNotNull());
        otherChannel.managedProperty().bind(otherChannel.visibleProperty());
        model.otherChannelBinding().addListener((obs, old, now) -> otherChannelText());
        textMe.visibleProperty().bind(model.smsEnabledProperty());
        textMe.managedProperty().bind(model.smsEnabledProperty());
        emailMe.visibleProperty().bind(model.emailEnabledProperty());
        emailMe.managedProperty().bind(model.emailEnabledProperty());
        idlePane.visibleProperty().bind(model.idleWarningProperty());
        idleMessage.textProperty().bind(model.idleMessageProperty());
        // Enter does the obvious next thing, so the whole path works from a physical keyboard too.
        email.setOnAction(e -> lastFour.requestFocus());
        lastFour.setOnAction(e -> (model.smsEnabledProperty().get() ? textMe : emailMe).fire());
        code.setOnAction(e -> continueButton.fire());
    }

    private void bindReport() {
        ChangeRequestForm form = model.report();
        Map.of(topicName, ChangeTopic.NAME, topicMobile, ChangeTopic.MOBILE, topicEmail, ChangeTopic.EMAIL,
                topicOther, ChangeTopic.OTHER).forEach((box, topic) -> box.selectedProperty()
                .bindBidirectional(form.topic(topic)));
        note.textProperty().bindBidirectional(form.note());
        reportSend.disableProperty().bind(model.busyProperty());
        note.setOnAction(e -> reportSend.fire());
    }

    /** Limits for what each client field accepts; see {@link KioskFields}. */
    private void guardFields() {
        KioskFields.text(email, 254);
        KioskFields.digits(lastFour, 4);
        KioskFields.digits(code, 10);
        KioskFields.text(note, com.portaldesk.checkin.ChangeRequests.NOTE_LIMIT);
    }

    private void followFocus(Node focused) {
        if (focused == email) {
            keys.show(email, OnScreenKeys.Layout.EMAIL);
        } else if (focused == note) {
            keys.show(note, OnScreenKeys.Layout.LETTERS);
        } else if (focused == lastFour || focused == code) {
            keys.show((TextInputControl) focused, OnScreenKeys.Layout.DIGITS);
        } else if (focused instanceof TextInputControl) {
            // The staff sign-in uses the office keyboard: a password needs more than the kiosk keys offer.
            keys.show(null, OnScreenKeys.Layout.LETTERS);
        }
        keys.setManaged(keys.isVisible());
    }

    /** The firm's logo beside its name, once read; none (and no gap) when no admin chose one or it cannot be read. */
    private void loadLogo(KioskServices services, Background background) {
        background.run(() -> services.policies().logo(), logo -> {
            javafx.scene.image.Image image = logo.map(png -> new javafx.scene.image.Image(
                    new java.io.ByteArrayInputStream(png))).filter(i -> !i.isError()).orElse(null);
            firmLogo.setImage(image);
            firmLogo.setVisible(image != null);
            firmLogo.setManaged(image != null);
            firmLogo.setAccessibleText(image == null ? null : firmName.getText() + " logo");
        }, failure -> { });
    }

    private void show(Step step) {
        for (Node pane : new Node[] {identifyPane, codePane, signedInPane, reportPane}) {
            pane.setVisible(false);
            pane.setManaged(false);
        }
        Node current = switch (step) {
            case IDENTIFY -> identifyPane;
            case CODE -> codePane;
            case SIGNED_IN -> signedInPane;
            case REPORT -> reportPane;
        };
        current.setVisible(true);
        current.setManaged(true);
        Node first = switch (step) {
            case IDENTIFY -> email;
            case CODE -> code;
            case SIGNED_IN -> checkInButton.isDisabled() ? signOut : checkInButton;
            case REPORT -> topicName;
        };
        first.requestFocus();
        if (!(first instanceof TextInputControl)) {
            keys.show(null, OnScreenKeys.Layout.LETTERS);
            keys.setManaged(false);
        }
    }

    private void applyTexts() {
        texts = texts(locale);
        model.setTexts(texts);
        keys.setTexts(texts);
        staffExit.setTexts(texts);
        text(welcomeTitle, "welcome.title");
        text(welcomeSubtitle, "welcome.subtitle");
        text(emailLabel, "field.email");
        text(lastFourLabel, "field.lastFour");
        text(textMe, "button.textMe");
        text(emailMe, "button.emailMe");
        text(codeTitle, "code.title");
        text(codeLabel, "code.field");
        text(continueButton, "button.continue");
        otherChannelText();
        text(startOver, "button.startOver");
        text(detailsTitle, "signedIn.details");
        text(signOut, "button.signOut");
        text(checkInButton, "button.checkIn");
        text(reportButton, "button.report");
        text(reportTitle, "report.title");
        text(reportSubtitle, "report.subtitle");
        text(topicName, "report.topic.name");
        text(topicMobile, "report.topic.mobile");
        text(topicEmail, "report.topic.email");
        text(topicOther, "report.topic.other");
        text(noteLabel, "report.note");
        text(reportBack, "button.back");
        text(reportSend, "button.sendReport");
        text(idleTitle, "idle.title");
        text(stillHere, "button.stillHere");
        text(languageButton, "language.other");
        text(staffButton, "staff.button");
        // Fields are named by their labels; buttons whose text changes on its own say what they do.
        named(email, "field.email");
        named(lastFour, "field.lastFour");
        named(code, "code.field");
        named(note, "report.note");
        named(resendButton, "button.resend");
        named(busy, "busy.wait");
        named(languageButton, "language.switch");
        model.tick();
    }

    private void otherChannelText() {
        text(otherChannel, model.otherChannelBinding().get() == Channel.SMS ? "button.textInstead"
                : "button.emailInstead");
    }

    private void text(javafx.scene.control.Labeled labeled, String key) {
        labeled.setText(texts.getString(key));
    }

    private void named(javafx.scene.control.Control control, String key) {
        control.setAccessibleText(texts.getString(key));
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
    private void onOtherChannel() {
        Channel other = model.otherChannelBinding().get();
        if (other != null) {
            model.resend(other);
        }
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
    private void onReport() {
        model.openReport();
    }

    @FXML
    private void onReportBack() {
        model.cancelReport();
    }

    @FXML
    private void onReportSend() {
        model.sendReport();
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
        staffExit.open();
    }
}
