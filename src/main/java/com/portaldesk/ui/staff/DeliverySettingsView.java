package com.portaldesk.ui.staff;

import com.portaldesk.config.ConfigKey;
import com.portaldesk.ui.common.EnterSubmits;
import com.portaldesk.ui.common.UiPart;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Delivery settings section: binds to {@link DeliverySettingsViewModel}; choices shown by name, a refused value
 * marked beside its field, which is brought into view and focused.
 */
public final class DeliverySettingsView extends UiPart<ScrollPane> {
    /** The configuration's values, shown by name: a person picks "Text messages by Twilio", not "twilio". */
    private static final Map<String, String> NAMES = Map.of(
            "outbox", "Demonstration outbox (nothing is sent)",
            "twilio", "Text messages by Twilio",
            "smtp", "Email through the firm's mail server (SMTP)",
            "starttls", "STARTTLS (usually port 587)",
            "ssl", "SSL/TLS (usually port 465)",
            "none", "None (only for a mail server on this computer)");

    @FXML private VBox form;
    @FXML private ChoiceBox<String> smsProvider;
    @FXML private TextField twilioAccountSid;
    @FXML private PasswordField twilioAuthToken;
    @FXML private TextField twilioFromNumber;
    @FXML private TextField twilioServiceSid;
    @FXML private ChoiceBox<String> emailProvider;
    @FXML private TextField smtpHost;
    @FXML private TextField smtpPort;
    @FXML private ChoiceBox<String> smtpSecurity;
    @FXML private TextField smtpUsername;
    @FXML private PasswordField smtpPassword;
    @FXML private TextField smtpFromAddress;
    @FXML private TextField smtpFromName;
    @FXML private Label deliveryStatus;
    @FXML private TextField testPhone;
    @FXML private TextField testAddress;
    @FXML private javafx.scene.control.Button saveDelivery;
    @FXML private javafx.scene.control.Button testSmsButton;
    @FXML private javafx.scene.control.Button testEmailButton;
    @FXML private Label testResult;

    private final DeliverySettingsViewModel model;
    private final Map<ConfigKey, Node> fields = new EnumMap<>(ConfigKey.class);

    public DeliverySettingsView(DeliverySettingsViewModel model) {
        // Enter in these fields presses the form's button.
        EnterSubmits.on(twilioAccountSid.getParent(), saveDelivery);
        EnterSubmits.on(smtpHost.getParent(), saveDelivery);
        EnterSubmits.on(testPhone.getParent(), testSmsButton);
        EnterSubmits.on(testAddress.getParent(), testEmailButton);
        this.model = model;
        choices(smsProvider, "outbox", "twilio");
        choices(emailProvider, "outbox", "smtp");
        choices(smtpSecurity, "starttls", "ssl", "none");
        smsProvider.valueProperty().bindBidirectional(model.smsProviderProperty());
        emailProvider.valueProperty().bindBidirectional(model.emailProviderProperty());
        smtpSecurity.valueProperty().bindBidirectional(model.smtpSecurityProperty());
        text(twilioAccountSid, ConfigKey.TWILIO_ACCOUNT_SID);
        text(twilioAuthToken, ConfigKey.TWILIO_AUTH_TOKEN);
        text(twilioFromNumber, ConfigKey.TWILIO_FROM_NUMBER);
        text(twilioServiceSid, ConfigKey.TWILIO_MESSAGING_SERVICE_SID);
        text(smtpHost, ConfigKey.SMTP_HOST);
        text(smtpPort, ConfigKey.SMTP_PORT);
        text(smtpUsername, ConfigKey.SMTP_USERNAME);
        text(smtpPassword, ConfigKey.SMTP_PASSWORD);
        text(smtpFromAddress, ConfigKey.SMTP_FROM_ADDRESS);
        text(smtpFromName, ConfigKey.SMTP_FROM_NAME);
        fields.put(ConfigKey.SMTP_SECURITY, smtpSecurity);
        errorBeside(smtpSecurity, ConfigKey.SMTP_SECURITY);
        twilioAuthToken.promptTextProperty().bind(model.tokenPromptProperty());
        smtpPassword.promptTextProperty().bind(model.passwordPromptProperty());
        deliveryStatus.textProperty().bind(model.statusProperty());
        testResult.textProperty().bind(model.testResultProperty());
        model.refusedFieldProperty().addListener((obs, old, key) -> {
            if (key != null) {
                FieldErrors.reveal(getRoot(), fields.get(key));
            }
        });
        model.load();
    }

    private void text(TextInputControl field, ConfigKey key) {
        field.textProperty().bindBidirectional(model.value(key));
        fields.put(key, field);
        errorBeside(field, key);
    }

    /**
     * The field's error label (id "error-" + the field's id, under the field) shows the model's words, and the field
     * is marked; it takes no room while there is nothing to say.
     */
    private void errorBeside(Node field, ConfigKey key) {
        if (model.error(key) == null) {
            return; // no words for this key: nothing on this screen can be refused for it alone
        }
        Label error = (Label) form.lookup("#error-" + field.getId());
        error.textProperty().bind(model.error(key));
        if (field instanceof javafx.scene.layout.Region box) {
            error.maxWidthProperty().bind(box.widthProperty()); // wraps under its field, never widens the form
        }
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        FieldErrors.markWhileWrong(field, model.error(key));
    }

    private static void choices(ChoiceBox<String> box, String... values) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : NAMES.getOrDefault(value, value);
            }

            @Override
            public String fromString(String name) {
                return NAMES.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey)
                        .findFirst().orElse(name);
            }
        });
    }

    public boolean hasUnsavedChanges() {
        return model.hasUnsavedChanges();
    }

    /** Shows the saved settings again (the section was opened); unsaved typing was already asked about. */
    public void reload() {
        model.load();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onTestSms() {
        model.testSms(testPhone.getText());
    }

    @FXML
    private void onTestEmail() {
        model.testEmail(testAddress.getText());
    }
}
