package com.portaldesk.ui.staff;

import com.portaldesk.config.ConfigException;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.config.ConfigProblems;
import com.portaldesk.delivery.DeliveryForm;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.delivery.ExchangePasswordWarning;
import com.portaldesk.delivery.OAuthMail;
import com.portaldesk.ui.common.Work;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The delivery settings as a form: each value a property, a refused value marked on its field in the screen's words
 * (not the configuration file's), unsaved changes known, and test sends described truthfully ("Kept in the outbox,
 * not delivered" in demonstration mode). Works on {@link DeliveryControl} and a {@link Work}: tested with fakes.
 */
public final class DeliverySettingsViewModel {
    /** The text fields of the form, by the configuration key a refusal names. */
    private static final List<ConfigKey> TEXT_FIELDS = List.of(
            ConfigKey.TWILIO_ACCOUNT_SID,
            ConfigKey.TWILIO_AUTH_TOKEN,
            ConfigKey.TWILIO_FROM_NUMBER,
            ConfigKey.TWILIO_MESSAGING_SERVICE_SID,
            ConfigKey.SMTP_HOST,
            ConfigKey.SMTP_PORT,
            ConfigKey.SMTP_USERNAME,
            ConfigKey.SMTP_PASSWORD,
            ConfigKey.SMTP_FROM_ADDRESS,
            ConfigKey.SMTP_FROM_NAME,
            ConfigKey.M365_TENANT_ID,
            ConfigKey.M365_CLIENT_ID,
            ConfigKey.M365_CLIENT_SECRET,
            ConfigKey.M365_MAILBOX,
            ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY,
            ConfigKey.GOOGLE_MAILBOX);

    private final DeliveryControl control;
    private final Work work;
    private final Supplier<String> actor;
    private final String terminal;
    private final StringProperty smsProvider = new SimpleStringProperty("outbox");
    private final StringProperty emailProvider = new SimpleStringProperty("outbox");
    private final StringProperty smtpSecurity = new SimpleStringProperty("starttls");
    private final Map<ConfigKey, StringProperty> values = new EnumMap<>(ConfigKey.class);
    private final Map<ConfigKey, StringProperty> errors = new EnumMap<>(ConfigKey.class);
    private final StringProperty tokenPrompt = new SimpleStringProperty("");
    private final StringProperty passwordPrompt = new SimpleStringProperty("");
    private final StringProperty clientSecretPrompt = new SimpleStringProperty("");
    private final StringBinding passwordWarning;
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty testResult = new SimpleStringProperty("");
    private final StringProperty liveMode = new SimpleStringProperty("");
    private final ObjectProperty<ConfigKey> refusedField = new SimpleObjectProperty<>();
    private List<Object> saved;

    public DeliverySettingsViewModel(DeliveryControl control, Work work, Supplier<String> actor, String terminal) {
        this.control = control;
        this.work = work;
        this.actor = actor;
        this.terminal = terminal;
        for (ConfigKey key : TEXT_FIELDS) {
            values.put(key, new SimpleStringProperty(""));
        }
        for (ConfigKey key : DeliveryFieldWords.keys()) {
            StringProperty error = new SimpleStringProperty("");
            errors.put(key, error);
            if (values.containsKey(key)) { // a mark for a value goes once the value is changed
                values.get(key).addListener((obs, old, now) -> error.set(""));
            }
        }
        // A test's answer is about the providers it went through: another choice makes it stale.
        smsProvider.addListener((obs, old, now) -> testResult.set(""));
        emailProvider.addListener((obs, old, now) -> testResult.set(""));
        passwordWarning = Bindings.createStringBinding(
                () -> "smtp".equals(emailProvider.get())
                                && ExchangePasswordWarning.isExchangeOnline(
                                        value(ConfigKey.SMTP_HOST).get())
                        ? PASSWORD_WARNING
                        : "",
                emailProvider,
                value(ConfigKey.SMTP_HOST));
    }

    /** Beside the SMTP fields while they point at Exchange Online. */
    static final String PASSWORD_WARNING = "Microsoft is retiring password sign-in for SMTP: once it is off for your "
            + "tenant, every code email sent this way is refused (5.7.30). Choose \"Microsoft 365 (no password)\" "
            + "above instead; docs/delivery-setup.md shows how to register PortalDesk in Microsoft Entra.";

    private record Loaded(DeliveryForm form, String mode) {}

    public void load() {
        work.then(
                () -> new Loaded(control.current(), control.mode()),
                loaded -> {
                    liveMode.set(loaded.mode());
                    if (hasUnsavedChanges()) {
                        return; // typed while this was on its way (the section is reloaded each time it is shown): kept
                    }
                    DeliveryForm f = loaded.form();
                    smsProvider.set(f.smsProvider());
                    emailProvider.set(f.emailProvider());
                    smtpSecurity.set(f.smtpSecurity());
                    value(ConfigKey.TWILIO_ACCOUNT_SID).set(f.twilioAccountSid());
                    value(ConfigKey.TWILIO_AUTH_TOKEN).set("");
                    value(ConfigKey.TWILIO_FROM_NUMBER).set(f.twilioFromNumber());
                    value(ConfigKey.TWILIO_MESSAGING_SERVICE_SID).set(f.twilioServiceSid());
                    value(ConfigKey.SMTP_HOST).set(f.smtpHost());
                    value(ConfigKey.SMTP_PORT).set(f.smtpPort());
                    value(ConfigKey.SMTP_USERNAME).set(f.smtpUsername());
                    value(ConfigKey.SMTP_PASSWORD).set("");
                    value(ConfigKey.SMTP_FROM_ADDRESS).set(f.smtpFromAddress());
                    value(ConfigKey.SMTP_FROM_NAME).set(f.smtpFromName());
                    OAuthMail oauth = f.oauth();
                    value(ConfigKey.M365_TENANT_ID).set(oauth.m365TenantId());
                    value(ConfigKey.M365_CLIENT_ID).set(oauth.m365ClientId());
                    value(ConfigKey.M365_CLIENT_SECRET).set("");
                    value(ConfigKey.M365_MAILBOX).set(oauth.m365Mailbox());
                    value(ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY).set(oauth.googleKeyFile());
                    value(ConfigKey.GOOGLE_MAILBOX).set(oauth.googleMailbox());
                    clientSecretPrompt.set(oauth.m365SecretStored() ? "•••• stored (type to replace)" : "");
                    tokenPrompt.set(f.twilioTokenStored() ? "•••• stored (type to replace)" : "");
                    passwordPrompt.set(f.smtpPasswordStored() ? "•••• stored (type to replace)" : "");
                    status.set("Live now: " + loaded.mode());
                    saved = snapshot();
                },
                error -> status.set("Cannot read the settings: " + error.getMessage()));
    }

    /** Checks and saves; a refused value is marked on its field and nothing is changed. Secrets left empty stay. */
    public void save() {
        errors.values().forEach(e -> e.set(""));
        refusedField.set(null);
        DeliveryForm form = new DeliveryForm(
                smsProvider.get(),
                emailProvider.get(),
                value(ConfigKey.TWILIO_ACCOUNT_SID).get(),
                value(ConfigKey.TWILIO_FROM_NUMBER).get(),
                value(ConfigKey.TWILIO_MESSAGING_SERVICE_SID).get(),
                value(ConfigKey.TWILIO_AUTH_TOKEN).get(),
                false,
                value(ConfigKey.SMTP_HOST).get(),
                value(ConfigKey.SMTP_PORT).get(),
                smtpSecurity.get(),
                value(ConfigKey.SMTP_USERNAME).get(),
                value(ConfigKey.SMTP_PASSWORD).get(),
                false,
                value(ConfigKey.SMTP_FROM_ADDRESS).get(),
                value(ConfigKey.SMTP_FROM_NAME).get(),
                new OAuthMail(
                        value(ConfigKey.M365_TENANT_ID).get(),
                        value(ConfigKey.M365_CLIENT_ID).get(),
                        value(ConfigKey.M365_CLIENT_SECRET).get(),
                        false,
                        value(ConfigKey.M365_MAILBOX).get(),
                        value(ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY).get(),
                        value(ConfigKey.GOOGLE_MAILBOX).get()));
        status.set("Saving…");
        work.then(
                () -> control.save(form, actor.get(), terminal),
                mode -> {
                    saved = snapshot(); // what was typed is saved; the reload then empties the secrets' fields
                    status.set("Saved. Live now: " + mode);
                    testResult.set("");
                    load();
                },
                this::refused);
    }

    /** Every refused field marked at once, the first one brought into view; a problem off the screen is said. */
    private void refused(Throwable error) {
        List<ConfigException> problems = error instanceof ConfigProblems all
                ? all.all()
                : error instanceof ConfigException one ? List.of(one) : List.of();
        List<ConfigKey> marked = problems.stream()
                .map(p -> p.key().orElse(null))
                .filter(key -> key != null && DeliveryFieldWords.onScreen(key))
                .distinct()
                .toList();
        List<String> unmarked = problems.stream()
                .filter(p -> !p.key().map(DeliveryFieldWords::onScreen).orElse(false))
                .map(Throwable::getMessage)
                .toList();
        marked.forEach(key -> errors.get(key).set(DeliveryFieldWords.about(key)));
        if (problems.isEmpty()) {
            status.set("Not saved: " + error.getMessage());
        } else if (unmarked.isEmpty()) {
            status.set(
                    marked.size() == 1
                            ? "Not saved: fix the field marked in red. Nothing was changed."
                            : "Not saved: fix the " + marked.size() + " fields marked in red. Nothing was changed.");
        } else {
            status.set("Not saved: " + String.join(" ", unmarked)
                    + (marked.isEmpty() ? "" : " Also fix the fields marked in red.") + " Nothing was changed.");
        }
        if (!marked.isEmpty()) {
            refusedField.set(marked.get(0));
        }
    }

    public void testSms(String to) {
        test(() -> control.testSms(to, actor.get(), terminal));
    }

    public void testEmail(String to) {
        test(() -> control.testEmail(to, actor.get(), terminal));
    }

    private void test(Callable<DeliveryResult> send) {
        testResult.set("Sending…");
        work.then(
                send,
                result -> testResult.set(DeliveryScreenNames.testOutcome(result)),
                error -> testResult.set("✖ " + error.getMessage()));
    }

    private List<Object> snapshot() {
        List<Object> all = new ArrayList<>(List.of(smsProvider.get(), emailProvider.get(), smtpSecurity.get()));
        TEXT_FIELDS.forEach(key -> all.add(value(key).get()));
        return all;
    }

    /** True when something was typed or chosen since the settings were loaded (typed secrets count too). */
    public boolean hasUnsavedChanges() {
        return saved != null && !saved.equals(snapshot());
    }

    public StringProperty value(ConfigKey key) {
        return values.get(key);
    }

    /** The error beside this field ("" when none); only the keys the screen has words for. */
    public StringProperty error(ConfigKey key) {
        return errors.get(key);
    }

    /** The field the last refusal named, to bring into view and focus; null when none. */
    public ObjectProperty<ConfigKey> refusedFieldProperty() {
        return refusedField;
    }

    public StringProperty smsProviderProperty() {
        return smsProvider;
    }

    public StringProperty emailProviderProperty() {
        return emailProvider;
    }

    public StringProperty smtpSecurityProperty() {
        return smtpSecurity;
    }

    public StringProperty tokenPromptProperty() {
        return tokenPrompt;
    }

    public StringProperty passwordPromptProperty() {
        return passwordPrompt;
    }

    public StringProperty clientSecretPromptProperty() {
        return clientSecretPrompt;
    }

    /** Said while the email path is SMTP to Exchange Online (with a password); empty otherwise. */
    public ObservableStringValue passwordWarningProperty() {
        return passwordWarning;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** How codes go out now, as last read or saved: for the rest of the window to say too. */
    public ReadOnlyStringProperty liveModeProperty() {
        return liveMode;
    }

    public StringProperty testResultProperty() {
        return testResult;
    }
}
