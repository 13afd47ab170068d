package com.portaldesk.ui.staff;

import com.portaldesk.delivery.DeliveryForm;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.config.ConfigException;
import com.portaldesk.config.ConfigKey;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Control;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Delivery settings for admins: Twilio and SMTP, secrets shown as •••• and kept encrypted, and test buttons
 * that send a real message (off the FX thread) and show the result or the precise reason it failed.
 */
public final class DeliverySettingsView {
    private final DeliveryControl control;
    private final Background background;
    private final StaffSession admin;
    private final String terminal;
    private final ScrollPane root = new ScrollPane();
    private final ChoiceBox<String> smsProvider = choice("smsProvider", "outbox", "twilio");
    private final TextField accountSid = field("twilioAccountSid");
    private final PasswordField authToken = new PasswordField();
    private final TextField fromNumber = field("twilioFromNumber");
    private final TextField serviceSid = field("twilioServiceSid");
    private final ChoiceBox<String> emailProvider = choice("emailProvider", "outbox", "smtp");
    private final TextField smtpHost = field("smtpHost");
    private final TextField smtpPort = field("smtpPort");
    private final ChoiceBox<String> smtpSecurity = choice("smtpSecurity", "starttls", "ssl", "none");
    private final TextField smtpUsername = field("smtpUsername");
    private final PasswordField smtpPassword = new PasswordField();
    private final TextField fromAddress = field("smtpFromAddress");
    private final TextField fromName = field("smtpFromName");
    private final Label status = new Label();
    private final TextField testPhone = field("testPhone");
    private final TextField testAddress = field("testAddress");
    private final Label testResult = new Label();
    private final Map<ConfigKey, Control> fields = new EnumMap<>(ConfigKey.class);
    private final Map<ConfigKey, Label> errors = new EnumMap<>(ConfigKey.class);
    private List<Object> saved;

    public DeliverySettingsView(DeliveryControl control, Background background, StaffSession admin, String terminal) {
        this.control = control;
        this.background = background;
        this.admin = admin;
        this.terminal = terminal;
        authToken.setId("twilioAuthToken");
        smtpPassword.setId("smtpPassword");
        status.setId("deliveryStatus");
        status.setWrapText(true);
        testResult.setId("testResult");
        testResult.setWrapText(true);
        Label title = new Label("Delivery settings");
        title.getStyleClass().add("title-2");
        GridPane sms = grid();
        sms.addRow(0, new Label("Send texts with"), smsProvider);
        row(sms, 1, "Twilio account SID", accountSid, ConfigKey.TWILIO_ACCOUNT_SID);
        row(sms, 2, "Auth token", authToken, ConfigKey.TWILIO_AUTH_TOKEN);
        row(sms, 3, "From number (+14155550100)", fromNumber, ConfigKey.TWILIO_FROM_NUMBER);
        row(sms, 4, "or Messaging Service SID", serviceSid, ConfigKey.TWILIO_MESSAGING_SERVICE_SID);
        GridPane email = grid();
        email.addRow(0, new Label("Send email with"), emailProvider);
        row(email, 1, "SMTP server", smtpHost, ConfigKey.SMTP_HOST);
        row(email, 2, "Port", smtpPort, ConfigKey.SMTP_PORT);
        row(email, 3, "Security", smtpSecurity, ConfigKey.SMTP_SECURITY);
        row(email, 4, "User name", smtpUsername, ConfigKey.SMTP_USERNAME);
        row(email, 5, "Password", smtpPassword, ConfigKey.SMTP_PASSWORD);
        row(email, 6, "From address", fromAddress, ConfigKey.SMTP_FROM_ADDRESS);
        email.addRow(7, new Label("From name (empty: the firm)"), fromName);
        Button save = new Button("Save delivery settings");
        save.setId("saveDelivery");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Button testSms = new Button("Send test SMS");
        testSms.setId("testSmsButton");
        testSms.setOnAction(e -> test(to -> control.testSms(to, admin.username(), terminal), testPhone.getText()));
        Button testEmail = new Button("Send test email");
        testEmail.setId("testEmailButton");
        testEmail.setOnAction(e -> test(to -> control.testEmail(to, admin.username(), terminal),
                testAddress.getText()));
        testPhone.setPromptText("(415) 555-0123");
        testAddress.setPromptText("you@yourfirm.com");
        Label smsTitle = section("Text messages (Twilio)");
        Label emailTitle = section("Email (SMTP)");
        VBox content = new VBox(12, title, status, smsTitle, sms, emailTitle, email, new HBox(10, save),
                section("Try the live settings"), new HBox(8, testPhone, testSms), new HBox(8, testAddress, testEmail),
                testResult);
        content.setPadding(new Insets(14, 20, 20, 20));
        root.setContent(content);
        root.setFitToWidth(true);
        load();
    }

    public ScrollPane getRoot() {
        return root;
    }

    /** The configuration's values, shown by name: a person picks "Text messages by Twilio", not "twilio". */
    private static final Map<String, String> NAMES = Map.of(
            "outbox", "Demonstration outbox (nothing is sent)",
            "twilio", "Text messages by Twilio",
            "smtp", "Email through the firm's mail server (SMTP)",
            "starttls", "STARTTLS (usually port 587)",
            "ssl", "SSL/TLS (usually port 465)",
            "none", "None (only for a mail server on this computer)");

    private static ChoiceBox<String> choice(String id, String... options) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(options);
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
        return box;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    /** A labelled field with room beside it for what is wrong with it, in words. */
    private void row(GridPane grid, int row, String label, Control field, ConfigKey key) {
        Label error = new Label();
        error.setId("error-" + field.getId());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(380);
        FieldErrors.markWhileWrong(field, error.textProperty());
        fields.put(key, field);
        errors.put(key, error);
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE); // an error beside the field must not squeeze the label
        grid.addRow(row, name, field, error);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        return grid;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private record Loaded(DeliveryForm form, String mode) {
    }

    private void load() {
        background.run(() -> new Loaded(control.current(), control.mode()), loaded -> {
            DeliveryForm f = loaded.form();
            smsProvider.setValue(f.smsProvider());
            accountSid.setText(f.twilioAccountSid());
            authToken.setPromptText(f.twilioTokenStored() ? "•••• stored (type to replace)" : "");
            fromNumber.setText(f.twilioFromNumber());
            serviceSid.setText(f.twilioServiceSid());
            emailProvider.setValue(f.emailProvider());
            smtpHost.setText(f.smtpHost());
            smtpPort.setText(f.smtpPort());
            smtpSecurity.setValue(f.smtpSecurity());
            smtpUsername.setText(f.smtpUsername());
            smtpPassword.setPromptText(f.smtpPasswordStored() ? "•••• stored (type to replace)" : "");
            fromAddress.setText(f.smtpFromAddress());
            fromName.setText(f.smtpFromName());
            status.setText("Live now: " + loaded.mode());
            saved = snapshot();
        }, error -> status.setText("Cannot read the settings: " + error.getMessage()));
    }

    private void save() {
        DeliveryForm form = new DeliveryForm(smsProvider.getValue(), emailProvider.getValue(), accountSid.getText(),
                fromNumber.getText(), serviceSid.getText(), authToken.getText(), false, smtpHost.getText(),
                smtpPort.getText(), smtpSecurity.getValue(), smtpUsername.getText(), smtpPassword.getText(), false,
                fromAddress.getText(), fromName.getText());
        status.setText("Saving…");
        errors.values().forEach(label -> label.setText(""));
        background.run(() -> control.save(form, admin.username(), terminal), mode -> {
            authToken.clear();
            smtpPassword.clear();
            status.setText("Saved. Live now: " + mode);
            load();
        }, this::refused);
    }

    /** A refused value is marked on its field in the screen's words, and the cursor goes there. */
    private void refused(Throwable error) {
        ConfigKey key = error instanceof ConfigException config ? config.key().orElse(null) : null;
        if (key != null && DeliveryFieldWords.onScreen(key)) {
            errors.get(key).setText(DeliveryFieldWords.about(key));
            status.setText("Not saved: fix the field marked in red. Nothing was changed.");
            FieldErrors.reveal(root, fields.get(key));
        } else {
            status.setText("Not saved: " + error.getMessage());
        }
    }

    /** What a person can change, as last loaded; compared to tell unsaved changes. Typed secrets count too. */
    private List<Object> snapshot() {
        return Arrays.asList(smsProvider.getValue(), accountSid.getText(), authToken.getText(), fromNumber.getText(),
                serviceSid.getText(), emailProvider.getValue(), smtpHost.getText(), smtpPort.getText(),
                smtpSecurity.getValue(), smtpUsername.getText(), smtpPassword.getText(), fromAddress.getText(),
                fromName.getText());
    }

    /** True when something was typed or chosen since the settings were loaded. */
    public boolean hasUnsavedChanges() {
        return saved != null && !saved.equals(snapshot());
    }

    /** Shows the saved settings again (the section was opened); unsaved typing was already asked about. */
    public void reload() {
        load();
    }

    private void test(Function<String, DeliveryResult> send, String to) {
        testResult.setText("Sending…");
        background.run(() -> send.apply(to), result -> testResult.setText(describe(result)),
                error -> testResult.setText("✖ " + error.getMessage()));
    }

    /** What happened to the test message, never "sent" for one the demonstration outbox kept. */
    static String describe(DeliveryResult result) {
        if (!result.sent()) {
            return "✖ Not sent: " + result.failureMessage() + " [" + result.failureCode() + "]";
        }
        if (Outbox.KEPT.equals(result.summary())) {
            return "Kept in the outbox, not delivered: demonstration mode is live. Choose a provider above to send "
                    + "real messages.";
        }
        return "✔ " + result.summary() + ".";
    }
}
