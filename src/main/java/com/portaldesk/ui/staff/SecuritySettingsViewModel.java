package com.portaldesk.ui.staff;

import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.FirmLogo;
import com.portaldesk.settings.PolicyException;
import com.portaldesk.settings.PolicyField;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.ui.common.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The portal security policy as text fields, checked by the policy's own bounds: a value out of range gets
 * its message beside its field and nothing is saved. Saving applies at once to every workstation.
 */
public final class SecuritySettingsViewModel {
    /** The text-typed settings in screen order: every bounded one, and the list of countries after the rates. */
    public static final List<String> FIELD_KEYS = fieldKeys();

    private static List<String> fieldKeys() {
        List<String> keys = new ArrayList<>();
        for (PolicyField field : PolicyField.values()) {
            keys.add(field.key());
            if (field == PolicyField.FIRM_SMS_PER_HOUR) {
                keys.add(COUNTRIES);
            }
        }
        return List.copyOf(keys);
    }

    public static final String COUNTRIES = "smsCountries";

    /** The label of a text-typed setting. */
    public static String label(String key) {
        return key.equals(COUNTRIES)
                ? "Text messages only to these countries"
                : field(key).label();
    }

    /** Its allowed range and why, in one line. */
    public static String help(String key) {
        return key.equals(COUNTRIES)
                ? "Two-letter codes, such as US, CA."
                : field(key).help();
    }

    private static PolicyField field(String key) {
        for (PolicyField field : PolicyField.values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private final PolicyDesk policies;
    private final Work background;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final BooleanProperty smsEnabled = new SimpleBooleanProperty();
    private final BooleanProperty emailEnabled = new SimpleBooleanProperty();
    private final BooleanProperty mfaForAll = new SimpleBooleanProperty();
    private final StringProperty firmName = new SimpleStringProperty("");
    private final StringProperty firmPhone = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    private List<Object> saved;

    public SecuritySettingsViewModel(PolicyDesk policies, Work background) {
        this.policies = policies;
        this.background = background;
        for (String key : new String[] {"methods", "firm", "logo"}) {
            errors.put(key, new SimpleStringProperty(""));
        }
        for (String key : FIELD_KEYS) {
            values.put(key, new SimpleStringProperty(""));
            errors.put(key, new SimpleStringProperty(""));
        }
    }

    public void load() {
        background.then(
                () -> new Loaded(
                        policies.policy(), policies.firm(), policies.logo().orElse(null)),
                loaded -> {
                    if (hasUnsavedChanges()) {
                        return; // typed while this was on its way (the section is reloaded each time it is shown): kept
                    }
                    show(loaded.policy());
                    FirmDetails firm = loaded.firm();
                    firmName.set(firm.name());
                    firmPhone.set(firm.phone());
                    logo.set(loaded.logo());
                    saved = snapshot();
                },
                error -> status.set("Cannot read the settings: " + error.getMessage()));
    }

    private record Loaded(PortalPolicy policy, FirmDetails firm, byte[] logo) {}

    /**
     * Stores the picture in this file as the kiosk's logo at once (it is not part of "Save settings": a file
     * chosen is a decision made), audited; a file that is not a usable picture is refused beside the logo.
     */
    public void chooseLogo(Path file) {
        errors.get("logo").set("");
        background.then(
                () -> {
                    if (Files.size(file) > FirmLogo.MAX_FILE_BYTES) {
                        throw new IllegalArgumentException(
                                "The picture is larger than 5 MB. Choose a smaller logo file.");
                    }
                    policies.saveLogo(Files.readAllBytes(file));
                    return policies.logo().orElse(null);
                },
                stored -> {
                    logo.set(stored);
                    status.set("Logo saved. Kiosks show it from their next client on.");
                },
                error -> errors.get("logo").set(error.getMessage()));
    }

    public void removeLogo() {
        errors.get("logo").set("");
        background.then(
                () -> {
                    policies.saveLogo(null);
                    return true;
                },
                done -> {
                    logo.set(null);
                    status.set("Logo removed. Kiosks show the firm's name alone.");
                },
                error -> errors.get("logo").set(error.getMessage()));
    }

    /** The stored logo (a PNG), or null. */
    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    private void show(PortalPolicy p) {
        smsEnabled.set(p.smsEnabled());
        emailEnabled.set(p.emailEnabled());
        mfaForAll.set(p.requireMfaForAll());
        set(PolicyField.CODE_LENGTH, p.codeLength());
        set(PolicyField.CODE_LIFETIME, PolicyField.CODE_LIFETIME.inUnit(p.codeLifetime()));
        set(PolicyField.MAX_CHECKS, p.maxChecks());
        set(PolicyField.RESEND_COOLDOWN, PolicyField.RESEND_COOLDOWN.inUnit(p.resendCooldown()));
        set(PolicyField.IDENTITY_SENDS, p.identitySends());
        set(PolicyField.IDENTITY_SEND_WINDOW, PolicyField.IDENTITY_SEND_WINDOW.inUnit(p.identitySendWindow()));
        set(PolicyField.LOCK_THRESHOLD, p.lockThreshold());
        set(PolicyField.LOCK_WINDOW, PolicyField.LOCK_WINDOW.inUnit(p.lockWindow()));
        set(PolicyField.LOCK_DURATION, PolicyField.LOCK_DURATION.inUnit(p.lockDuration()));
        set(PolicyField.TERMINAL_SENDS_PER_HOUR, p.terminalSendsPerHour());
        set(PolicyField.FIRM_SMS_PER_HOUR, p.firmSmsPerHour());
        values.get(COUNTRIES).set(String.join(", ", new TreeSet<>(p.smsCountries())));
        set(PolicyField.SESSION_IDLE, PolicyField.SESSION_IDLE.inUnit(p.sessionIdle()));
        set(PolicyField.SESSION_ABSOLUTE, PolicyField.SESSION_ABSOLUTE.inUnit(p.sessionAbsolute()));
        set(PolicyField.STAFF_IDLE_LOCK, PolicyField.STAFF_IDLE_LOCK.inUnit(p.staffIdleLock()));
        saved = snapshot();
    }

    private void set(PolicyField field, long value) {
        values.get(field.key()).set(Long.toString(value));
    }

    /** Everything a person can change, as last loaded or saved; compared to tell unsaved changes. */
    private List<Object> snapshot() {
        List<Object> all = new ArrayList<>();
        values.values().forEach(v -> all.add(v.get()));
        all.add(smsEnabled.get());
        all.add(emailEnabled.get());
        all.add(mfaForAll.get());
        all.add(firmName.get());
        all.add(firmPhone.get());
        return all;
    }

    /** True when something was typed or ticked since the settings were loaded or saved. */
    public boolean hasUnsavedChanges() {
        return saved != null && !saved.equals(snapshot());
    }

    /** The first field (in screen order) with an error, to scroll to and focus; empty when none. */
    public Optional<String> firstError() {
        List<String> order = new ArrayList<>(List.of("firm", "methods"));
        order.addAll(FIELD_KEYS);
        return order.stream().filter(key -> !errors.get(key).get().isEmpty()).findFirst();
    }

    /**
     * Checks everything, shows every problem beside its field at once (not one per press), and saves only when all
     * are good.
     */
    public boolean save() {
        errors.values().forEach(e -> e.set(""));
        Map<String, String> problems = new LinkedHashMap<>();
        FirmDetails firm = null;
        try {
            firm = policies.checked(new FirmDetails(firmName.get(), firmPhone.get()));
        } catch (IllegalArgumentException e) {
            problems.put("firm", e.getMessage());
        }
        PolicyForm form =
                new PolicyForm(key -> values.get(key).get(), smsEnabled::get, emailEnabled::get, mfaForAll::get);
        problems.putAll(form.notNumbers());
        PortalPolicy policy = null;
        try {
            // A field that is not a number is read as its lowest allowed value here, so that the other fields'
            // problems show now too; a rule between two fields then proves nothing and is left for the next press.
            policy = form.policy(problems.keySet());
        } catch (PolicyException e) {
            boolean guessed = problems.keySet().stream().anyMatch(key -> !key.equals("firm"));
            e.problems().forEach((key, message) -> {
                if (!problems.containsKey(key) && !(guessed && key.equals(PolicyField.SESSION_IDLE.key()))) {
                    problems.put(errors.containsKey(key) ? key : "methods", message);
                }
            });
        }
        if (!problems.isEmpty()) {
            problems.forEach((key, message) -> errors.get(key).set(message));
            status.set(
                    problems.size() == 1
                            ? "Not saved: fix the field marked in red."
                            : "Not saved: fix the " + problems.size() + " fields marked in red.");
            return false;
        }
        PortalPolicy checkedPolicy = policy;
        FirmDetails checkedFirm = firm;
        background.then(
                () -> {
                    policies.save(checkedPolicy, checkedFirm);
                    return checkedPolicy;
                },
                done -> {
                    saved = snapshot();
                    status.set(
                            "Saved. Every workstation uses these settings from now on: new sign-ins, and the staff idle lock at once.");
                },
                error -> status.set("Not saved: " + error.getMessage()));
        return true;
    }

    public StringProperty value(String key) {
        return values.get(key);
    }

    public StringProperty error(String key) {
        return errors.get(key);
    }

    public BooleanProperty smsEnabledProperty() {
        return smsEnabled;
    }

    public BooleanProperty emailEnabledProperty() {
        return emailEnabled;
    }

    public BooleanProperty mfaForAllProperty() {
        return mfaForAll;
    }

    public StringProperty firmNameProperty() {
        return firmName;
    }

    public StringProperty firmPhoneProperty() {
        return firmPhone;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
