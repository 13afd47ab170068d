package com.portaldesk.ui.staff;

import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyException;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The portal security policy as text fields, checked by the policy's own bounds: a value out of range gets
 * its message beside its field and nothing is saved. Saving applies at once to every workstation.
 */
public final class SecuritySettingsViewModel {
    /** One editable setting: its key (the policy's field name), label, unit and why it matters. */
    public record Field(String key, String label, String help) {
    }

    public static final Field[] FIELDS = {
        new Field("codeLength", "Code length (digits)", "6 to 10. Six is the NIST and Twilio default."),
        new Field("codeLifetime", "Code lifetime (minutes)", "1 to 10. Shorter codes leave less time to misuse them."),
        new Field("maxChecks", "Checks per code", "1 to 10. After these, the client must ask for a new code."),
        new Field("resendCooldown", "Wait between codes (seconds)", "30 to 600. Stops a client or script flooding a phone."),
        new Field("identitySends", "Codes per person per window", "1 to 10, within the window below."),
        new Field("identitySendWindow", "Window for codes per person (minutes)", "5 to 60."),
        new Field("lockThreshold", "Lock after this many failures", "3 to 10 within the failure window."),
        new Field("lockWindow", "Failure window (hours)", "1 to 24."),
        new Field("lockDuration", "Lock for (minutes)", "5 to 1440. Staff can unlock sooner."),
        new Field("terminalSendsPerHour", "Codes per kiosk or workstation per hour", "1 to 1,000."),
        new Field("firmSmsPerHour", "Text messages per hour, whole firm", "1 to 10,000. A ceiling against SMS pumping fraud."),
        new Field("smsCountries", "Text messages only to these countries", "Two-letter codes, such as US, CA."),
        new Field("sessionIdle", "Kiosk sign-out when idle (seconds)", "30 to 900."),
        new Field("sessionAbsolute", "Kiosk session at most (minutes)", "1 to 60."),
    };

    private final PolicyService policies;
    private final Background background;
    private final StaffSession admin;
    private final String terminal;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final BooleanProperty smsEnabled = new SimpleBooleanProperty();
    private final BooleanProperty emailEnabled = new SimpleBooleanProperty();
    private final BooleanProperty mfaForAll = new SimpleBooleanProperty();
    private final StringProperty firmName = new SimpleStringProperty("");
    private final StringProperty firmPhone = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public SecuritySettingsViewModel(PolicyService policies, Background background, StaffSession admin, String terminal) {
        this.policies = policies;
        this.background = background;
        this.admin = admin;
        this.terminal = terminal;
        for (String key : new String[] {"methods", "firm"}) {
            errors.put(key, new SimpleStringProperty(""));
        }
        for (Field field : FIELDS) {
            values.put(field.key(), new SimpleStringProperty(""));
            errors.put(field.key(), new SimpleStringProperty(""));
        }
    }

    public void load() {
        background.run(() -> new Object[] {policies.current(), policies.firm()}, loaded -> {
            show((PortalPolicy) loaded[0]);
            FirmDetails firm = (FirmDetails) loaded[1];
            firmName.set(firm.name());
            firmPhone.set(firm.phone());
        }, error -> status.set("Cannot read the settings: " + error.getMessage()));
    }

    private void show(PortalPolicy p) {
        smsEnabled.set(p.smsEnabled());
        emailEnabled.set(p.emailEnabled());
        mfaForAll.set(p.requireMfaForAll());
        set("codeLength", p.codeLength());
        set("codeLifetime", p.codeLifetime().toMinutes());
        set("maxChecks", p.maxChecks());
        set("resendCooldown", p.resendCooldown().toSeconds());
        set("identitySends", p.identitySends());
        set("identitySendWindow", p.identitySendWindow().toMinutes());
        set("lockThreshold", p.lockThreshold());
        set("lockWindow", p.lockWindow().toHours());
        set("lockDuration", p.lockDuration().toMinutes());
        set("terminalSendsPerHour", p.terminalSendsPerHour());
        set("firmSmsPerHour", p.firmSmsPerHour());
        values.get("smsCountries").set(String.join(", ", new TreeSet<>(p.smsCountries())));
        set("sessionIdle", p.sessionIdle().toSeconds());
        set("sessionAbsolute", p.sessionAbsolute().toMinutes());
    }

    private void set(String key, long value) {
        values.get(key).set(Long.toString(value));
    }

    /** Checks everything, shows every problem beside its field, and saves only when all are good. */
    public boolean save() {
        errors.values().forEach(e -> e.set(""));
        PortalPolicy policy;
        FirmDetails firm;
        try {
            policy = new PortalPolicy(smsEnabled.get(), emailEnabled.get(), number("codeLength"),
                    Duration.ofMinutes(number("codeLifetime")), number("maxChecks"),
                    Duration.ofSeconds(number("resendCooldown")), number("identitySends"),
                    Duration.ofMinutes(number("identitySendWindow")), number("lockThreshold"),
                    Duration.ofHours(number("lockWindow")), Duration.ofMinutes(number("lockDuration")),
                    number("terminalSendsPerHour"), number("firmSmsPerHour"),
                    PortalPolicy.parseCountries(values.get("smsCountries").get()),
                    Duration.ofSeconds(number("sessionIdle")), Duration.ofMinutes(number("sessionAbsolute")),
                    mfaForAll.get());
        } catch (NotANumber e) {
            errors.get(e.key).set("Enter a whole number.");
            status.set("Not saved: fix the fields marked in red.");
            return false;
        } catch (PolicyException e) {
            e.problems().forEach((key, message) -> errors.getOrDefault(key, errors.get("methods")).set(message));
            status.set("Not saved: fix the fields marked in red.");
            return false;
        }
        try {
            firm = policies.checked(new FirmDetails(firmName.get(), firmPhone.get()));
        } catch (IllegalArgumentException e) {
            errors.get("firm").set(e.getMessage());
            status.set("Not saved: fix the fields marked in red.");
            return false;
        }
        background.run(() -> {
            policies.save(policy, terminal);
            policies.saveFirm(firm, terminal, admin.username());
            return policy;
        }, saved -> status.set("Saved. New sign-ins on every workstation use these settings now."),
                error -> status.set("Not saved: " + error.getMessage()));
        return true;
    }

    private int number(String key) {
        try {
            return Integer.parseInt(values.get(key).get().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new NotANumber(key);
        }
    }

    /** A field that does not hold a whole number. */
    private static final class NotANumber extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;

        NotANumber(String key) {
            super(key);
            this.key = key;
        }
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
