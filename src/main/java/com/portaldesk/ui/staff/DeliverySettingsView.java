package com.portaldesk.ui.staff;

import com.portaldesk.config.ConfigKey;
import com.portaldesk.ui.common.EnterSubmits;
import com.portaldesk.ui.common.UiPart;
import java.io.File;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Delivery settings section: binds to {@link DeliverySettingsViewModel}; choices shown by name, a refused value
 * marked beside its field, which is brought into view and focused.
 */
public final class DeliverySettingsView extends UiPart<ScrollPane> {
    @FXML
    private VBox form;

    @FXML
    private ChoiceBox<String> smsProvider;

    @FXML
    private TextField twilioAccountSid;

    @FXML
    private PasswordField twilioAuthToken;

    @FXML
    private TextField twilioFromNumber;

    @FXML
    private TextField twilioServiceSid;

    @FXML
    private ChoiceBox<String> emailProvider;

    @FXML
    private TextField smtpHost;

    @FXML
    private TextField smtpPort;

    @FXML
    private ChoiceBox<String> smtpSecurity;

    @FXML
    private TextField smtpUsername;

    @FXML
    private PasswordField smtpPassword;

    @FXML
    private TextField smtpFromAddress;

    @FXML
    private TextField smtpFromName;

    @FXML
    private GridPane smsFields;

    @FXML
    private GridPane smtpFields;

    @FXML
    private GridPane m365Fields;

    @FXML
    private GridPane googleFields;

    @FXML
    private GridPane senderName;

    @FXML
    private TextField m365TenantId;

    @FXML
    private TextField m365ClientId;

    @FXML
    private PasswordField m365ClientSecret;

    @FXML
    private TextField m365Mailbox;

    @FXML
    private TextField googleKeyFile;

    @FXML
    private TextField googleMailbox;

    @FXML
    private Label passwordWarning;

    @FXML
    private Label emailHint;

    @FXML
    private Label deliveryStatus;

    @FXML
    private TextField testPhone;

    @FXML
    private TextField testAddress;

    @FXML
    private Button saveDelivery;

    @FXML
    private Button testSmsButton;

    @FXML
    private Button testEmailButton;

    @FXML
    private Label testResult;

    private final DeliverySettingsViewModel model;
    private final Map<ConfigKey, Node> fields = new EnumMap<>(ConfigKey.class);

    public DeliverySettingsView(DeliverySettingsViewModel model) {
        // Enter in these fields presses the form's button.
        EnterSubmits.on(twilioAccountSid.getParent(), saveDelivery);
        EnterSubmits.on(smtpHost.getParent(), saveDelivery);
        EnterSubmits.on(m365TenantId.getParent(), saveDelivery);
        EnterSubmits.on(googleMailbox.getParent(), saveDelivery);
        EnterSubmits.on(testPhone.getParent(), testSmsButton);
        EnterSubmits.on(testAddress.getParent(), testEmailButton);
        this.model = model;
        DeliveryChoices.offer(smsProvider, "outbox", "twilio");
        DeliveryChoices.offer(emailProvider, "outbox", "smtp", "microsoft365", "google");
        DeliveryChoices.offer(smtpSecurity, "starttls", "ssl", "none");
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
        text(m365TenantId, ConfigKey.M365_TENANT_ID);
        text(m365ClientId, ConfigKey.M365_CLIENT_ID);
        text(m365ClientSecret, ConfigKey.M365_CLIENT_SECRET);
        text(m365Mailbox, ConfigKey.M365_MAILBOX);
        text(googleKeyFile, ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY);
        text(googleMailbox, ConfigKey.GOOGLE_MAILBOX);
        m365ClientSecret.promptTextProperty().bind(model.clientSecretPromptProperty());
        // Twilio's rows (all but the choice itself) only while texts go through Twilio.
        smsFields.getChildren().stream()
                .filter(node -> GridPane.getRowIndex(node) != null && GridPane.getRowIndex(node) > 0)
                .forEach(node -> {
                    node.visibleProperty().bind(smsProvider.valueProperty().isEqualTo("twilio"));
                    node.managedProperty().bind(node.visibleProperty());
                });
        shownFor(smtpFields, "smtp");
        shownFor(m365Fields, "microsoft365");
        shownFor(googleFields, "google");
        senderName.visibleProperty().bind(emailProvider.valueProperty().isNotEqualTo("outbox"));
        senderName.managedProperty().bind(senderName.visibleProperty());
        emailHint
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> DeliveryChoices.hint(emailProvider.getValue()), emailProvider.valueProperty()));
        passwordWarning.textProperty().bind(model.passwordWarningProperty());
        passwordWarning.visibleProperty().bind(passwordWarning.textProperty().isNotEmpty());
        passwordWarning.managedProperty().bind(passwordWarning.visibleProperty());
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

    /** A group of fields that is there only while its way of sending email is chosen. */
    private void shownFor(Node group, String provider) {
        group.visibleProperty().bind(emailProvider.valueProperty().isEqualTo(provider));
        group.managedProperty().bind(group.visibleProperty());
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
        if (field instanceof Region box) {
            error.maxWidthProperty().bind(box.widthProperty()); // wraps under its field, never widens the form
        }
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        FieldErrors.markWhileWrong(field, model.error(key));
    }

    public boolean hasUnsavedChanges() {
        return model.hasUnsavedChanges();
    }

    /** How codes go out now, changing when settings are saved here. */
    public ObservableValue<String> liveMode() {
        return model.liveModeProperty();
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
    private void onChooseGoogleKey() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("The service account's JSON key file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON key file", "*.json"));
        File chosen = chooser.showOpenDialog(getRoot().getScene().getWindow());
        if (chosen != null) {
            model.value(ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY).set(chosen.getAbsolutePath());
        }
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
