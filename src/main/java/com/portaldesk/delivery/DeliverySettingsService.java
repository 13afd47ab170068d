package com.portaldesk.delivery;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigException;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.config.ConfigProblems;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Delivery settings saved from the settings screen: shared by every workstation through the database, in
 * front of config.properties, with the Twilio token and SMTP password encrypted under the key file. A form is
 * checked with exactly the rules config.properties gets, so a bad value is refused with the same message.
 */
public final class DeliverySettingsService {
    private static final byte[] TOKEN_AAD = "delivery/twilio-token".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PASSWORD_AAD = "delivery/smtp-password".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] M365_SECRET_AAD = "delivery/m365-client-secret".getBytes(StandardCharsets.US_ASCII);

    private final Tx tx;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    public DeliverySettingsService(Tx tx, FieldCipher cipher, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(StoredDeliverySettings.class);
    }

    public Optional<DeliveryForm> saved() {
        return tx.inTransaction(
                em -> Optional.ofNullable(em.find(StoredDeliverySettings.class, StoredDeliverySettings.ONLY_ROW))
                        .map(StoredDeliverySettings::toForm));
    }

    /** When delivery settings were last saved from the staff app; empty while config.properties alone decides. */
    public Optional<Instant> savedAt() {
        return tx.inTransaction(
                em -> Optional.ofNullable(em.find(StoredDeliverySettings.class, StoredDeliverySettings.ONLY_ROW))
                        .map(StoredDeliverySettings::updatedAt));
    }

    /** The configuration with the saved settings (and their decrypted secrets) laid over it. */
    public AppConfig apply(AppConfig base) {
        return tx.inTransaction(em -> {
            StoredDeliverySettings stored = em.find(StoredDeliverySettings.class, StoredDeliverySettings.ONLY_ROW);
            if (stored == null) {
                return base;
            }
            return base.withValues(values(
                    stored.toForm(),
                    new Secrets(
                            secret(stored.twilioTokenCipher(), TOKEN_AAD),
                            secret(stored.smtpPasswordCipher(), PASSWORD_AAD),
                            secret(stored.m365SecretCipher(), M365_SECRET_AAD))));
        });
    }

    /** Checks and saves; returns the configuration now in force. Secrets left blank keep the stored ones. */
    public AppConfig save(DeliveryForm form, AppConfig base, String actor, String terminal) {
        return tx.inTransaction(em -> {
            StoredDeliverySettings stored = em.find(StoredDeliverySettings.class, StoredDeliverySettings.ONLY_ROW);
            String token = form.twilioAuthToken().isBlank() && stored != null
                    ? secret(stored.twilioTokenCipher(), TOKEN_AAD)
                    : form.twilioAuthToken();
            String password = form.smtpPassword().isBlank() && stored != null
                    ? secret(stored.smtpPasswordCipher(), PASSWORD_AAD)
                    : form.smtpPassword();
            String typedM365Secret = form.oauth().m365ClientSecret();
            String m365Secret = typedM365Secret.isBlank() && stored != null
                    ? secret(stored.m365SecretCipher(), M365_SECRET_AAD)
                    : typedM365Secret;
            AppConfig checked = everyProblemOf(base, values(form, new Secrets(token, password, m365Secret)));
            boolean first = stored == null;
            if (first) {
                stored = StoredDeliverySettings.empty();
            }
            stored.update(
                    form,
                    form.twilioAuthToken().isBlank() ? null : cipher.encrypt(token, TOKEN_AAD),
                    form.smtpPassword().isBlank() ? null : cipher.encrypt(password, PASSWORD_AAD),
                    typedM365Secret.isBlank() ? null : cipher.encrypt(m365Secret, M365_SECRET_AAD),
                    clock.instant());
            if (first) {
                em.persist(stored);
            }
            audit.append(
                    em,
                    AuditRecord.by(
                                    new Actor(actor, terminal),
                                    AuditEventType.POLICY_CHANGED,
                                    AuditReason.SETTINGS_SAVED)
                            .withDetail(
                                    "delivery: texts by " + form.smsProvider() + ", email by " + form.emailProvider()
                                            + (form.twilioAuthToken().isBlank() ? "" : "; new Twilio token")
                                            + (form.smtpPassword().isBlank() ? "" : "; new SMTP password")
                                            + (typedM365Secret.isBlank() ? "" : "; new Microsoft 365 client secret")));
            return checked;
        });
    }

    /**
     * The configuration with these values, or every problem in them at once: a refused value is replaced by a good
     * one standing in for it and the check runs again, so a form with three mistakes hears of all three now.
     */
    static AppConfig everyProblemOf(AppConfig base, Map<ConfigKey, String> values) {
        Map<ConfigKey, String> trial = new EnumMap<>(values);
        List<ConfigException> found = new ArrayList<>();
        Set<ConfigKey> replaced = EnumSet.noneOf(ConfigKey.class);
        while (true) {
            try {
                AppConfig checked = base.withValues(trial);
                if (found.isEmpty()) {
                    return checked;
                }
                break;
            } catch (ConfigException e) {
                found.add(e);
                ConfigKey key = e.key().orElse(null);
                if (key == null || !STAND_INS.containsKey(key) || !replaced.add(key)) {
                    break; // nothing can stand in for it: what was found so far is all that can be said
                }
                trial.put(key, STAND_INS.get(key));
                if (key == ConfigKey.TWILIO_FROM_NUMBER) {
                    trial.put(ConfigKey.TWILIO_MESSAGING_SERVICE_SID, ""); // the rule is "exactly one of the two"
                }
            }
        }
        throw found.size() == 1 ? found.get(0) : new ConfigProblems(found);
    }

    /** Values the configuration accepts, standing in for a refused one while the rest of a form is checked. */
    private static final Map<ConfigKey, String> STAND_INS = Map.ofEntries(
            Map.entry(ConfigKey.TWILIO_ACCOUNT_SID, "AC" + "0".repeat(32)),
            Map.entry(ConfigKey.TWILIO_AUTH_TOKEN, "0".repeat(32)),
            Map.entry(ConfigKey.TWILIO_FROM_NUMBER, "+14155550100"),
            Map.entry(ConfigKey.TWILIO_MESSAGING_SERVICE_SID, "MG" + "0".repeat(32)),
            Map.entry(ConfigKey.SMTP_HOST, "mail.example.com"),
            Map.entry(ConfigKey.SMTP_PORT, "587"),
            Map.entry(ConfigKey.SMTP_SECURITY, "starttls"),
            Map.entry(ConfigKey.SMTP_PASSWORD, "stand-in"),
            Map.entry(ConfigKey.SMTP_FROM_ADDRESS, "portal@example.com"),
            Map.entry(ConfigKey.M365_TENANT_ID, "00000000-0000-0000-0000-000000000000"),
            Map.entry(ConfigKey.M365_CLIENT_ID, "00000000-0000-0000-0000-000000000000"),
            Map.entry(ConfigKey.M365_CLIENT_SECRET, "stand-in"),
            Map.entry(ConfigKey.M365_MAILBOX, "portal@example.com"),
            Map.entry(ConfigKey.GOOGLE_MAILBOX, "portal@example.com"));

    private String secret(byte[] stored, byte[] aad) {
        return stored == null ? "" : cipher.decrypt(stored, aad);
    }

    /** The secrets in force, decrypted or just typed: never stored or logged as they are. */
    private record Secrets(String twilioToken, String smtpPassword, String m365ClientSecret) {
        @Override
        public String toString() {
            return "Secrets[••••]";
        }
    }

    /** Secrets are set as literals: the configuration resolves ${env:...} only when reading the file. */
    private static Map<ConfigKey, String> values(DeliveryForm f, Secrets secrets) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.SMS_PROVIDER, f.smsProvider());
        values.put(ConfigKey.EMAIL_PROVIDER, f.emailProvider());
        values.put(ConfigKey.TWILIO_ACCOUNT_SID, f.twilioAccountSid().strip());
        values.put(ConfigKey.TWILIO_AUTH_TOKEN, secrets.twilioToken());
        values.put(ConfigKey.TWILIO_FROM_NUMBER, f.twilioFromNumber().strip());
        values.put(ConfigKey.TWILIO_MESSAGING_SERVICE_SID, f.twilioServiceSid().strip());
        values.put(ConfigKey.SMTP_HOST, f.smtpHost().strip());
        values.put(ConfigKey.SMTP_PORT, f.smtpPort().strip());
        values.put(ConfigKey.SMTP_SECURITY, f.smtpSecurity());
        values.put(ConfigKey.SMTP_USERNAME, f.smtpUsername().strip());
        values.put(ConfigKey.SMTP_PASSWORD, secrets.smtpPassword());
        values.put(ConfigKey.SMTP_FROM_ADDRESS, f.smtpFromAddress().strip());
        values.put(ConfigKey.SMTP_FROM_NAME, f.smtpFromName().strip());
        values.put(ConfigKey.M365_TENANT_ID, f.oauth().m365TenantId().strip());
        values.put(ConfigKey.M365_CLIENT_ID, f.oauth().m365ClientId().strip());
        values.put(ConfigKey.M365_CLIENT_SECRET, secrets.m365ClientSecret());
        values.put(ConfigKey.M365_MAILBOX, f.oauth().m365Mailbox().strip());
        values.put(
                ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY, f.oauth().googleKeyFile().strip());
        values.put(ConfigKey.GOOGLE_MAILBOX, f.oauth().googleMailbox().strip());
        return values;
    }
}
