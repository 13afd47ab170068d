package com.portaldesk.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every key that config.properties may hold, with its default and what it accepts. A key that is not
 * listed here stops start-up, so a typo cannot silently fall back to a default.
 */
public enum ConfigKey {
    DATA_DIR(
            "data.dir",
            "",
            "a folder path; empty means the per-user folder (~/.portaldesk, %APPDATA%\\PortalDesk on Windows)"),
    DB_URL("db.url", "", "a jdbc:h2: or jdbc:postgresql: URL; empty means the embedded H2 database in the data folder"),
    DB_USER("db.user", "", "the database user name; empty for the embedded database"),
    DB_PASSWORD(
            "db.password",
            "",
            "the database password (in a file only PortalDesk's accounts may read, or as ${env:NAME}); empty for the embedded database"),
    DB_POOL_SIZE("db.pool-size", "4", "a whole number from 1 to 32"),
    PHONE_DEFAULT_REGION(
            "phone.default-region", "US", "a two-letter country code (ISO 3166-1), for numbers typed without +country"),
    UI_THEME("ui.theme", "light", "light or dark"),
    TERMINAL_ID(
            "terminal.id",
            "",
            "1 to 64 letters, digits, dots, dashes or underscores; empty means this computer's name"),
    KIOSK_TERMINAL_ID(
            "kiosk.terminal-id",
            "",
            "1 to 64 letters, digits, dots, dashes or underscores; empty means this computer's name"),
    SMS_PROVIDER("sms.provider", "outbox", "outbox (demonstration: nothing is sent) or twilio"),
    EMAIL_PROVIDER(
            "email.provider",
            "outbox",
            "outbox (demonstration: nothing is sent), smtp, microsoft365 (Exchange Online, signed in as an app: no password) or google (Google Workspace, a service account: no password)"),
    TWILIO_ACCOUNT_SID("twilio.account-sid", "", "your Account SID: AC followed by 32 hexadecimal digits"),
    TWILIO_AUTH_TOKEN("twilio.auth-token", "", "the account's auth token, only as ${env:NAME} in a file"),
    TWILIO_API_KEY_SID(
            "twilio.api-key-sid",
            "",
            "an API key SID (SK followed by 32 hexadecimal digits), instead of the auth token"),
    TWILIO_API_KEY_SECRET("twilio.api-key-secret", "", "the API key's secret, only as ${env:NAME} in a file"),
    TWILIO_FROM_NUMBER("twilio.from-number", "", "your Twilio number in E.164 form, such as +14155550100"),
    TWILIO_MESSAGING_SERVICE_SID(
            "twilio.messaging-service-sid",
            "",
            "a Messaging Service SID (MG followed by 32 hexadecimal digits), instead of a From number"),
    TWILIO_API_BASE_URL(
            "twilio.api-base-url",
            "https://api.twilio.com",
            "an https URL (http only to a server on this computer); change it only for a proxy or a test server"),
    TWILIO_CONNECT_TIMEOUT_MS("twilio.connect-timeout-ms", "5000", "milliseconds, 500 to 60000"),
    TWILIO_READ_TIMEOUT_MS("twilio.read-timeout-ms", "10000", "milliseconds, 500 to 120000"),
    TWILIO_STATUS_POLL_SECONDS(
            "twilio.status-poll-seconds", "20", "seconds to watch a sent text for failure, 0 to 120"),
    SMTP_HOST("smtp.host", "", "the mail server's host name"),
    SMTP_PORT("smtp.port", "587", "a port number, 1 to 65535 (587 for STARTTLS, 465 for SSL)"),
    SMTP_SECURITY(
            "smtp.security",
            "starttls",
            "starttls (required), ssl (on connect) or none (only for a server on this computer)"),
    SMTP_USERNAME("smtp.username", "", "the mail account's user name; empty for a server without sign-in"),
    SMTP_PASSWORD("smtp.password", "", "the mail account's password, only as ${env:NAME} in a file"),
    SMTP_FROM_ADDRESS("smtp.from-address", "", "the address codes come from, such as portal@yourfirm.com"),
    SMTP_FROM_NAME("smtp.from-name", "", "the name shown as sender; empty means the firm's name"),
    SMTP_CONNECT_TIMEOUT_MS("smtp.connect-timeout-ms", "5000", "milliseconds, 500 to 60000"),
    SMTP_READ_TIMEOUT_MS("smtp.read-timeout-ms", "10000", "milliseconds, 500 to 120000"),
    SMTP_WRITE_TIMEOUT_MS("smtp.write-timeout-ms", "10000", "milliseconds, 500 to 120000"),
    M365_TENANT_ID(
            "microsoft365.tenant-id",
            "",
            "the Directory (tenant) ID of the firm's Microsoft Entra tenant: a GUID, or a domain such as yourfirm.onmicrosoft.com"),
    M365_CLIENT_ID(
            "microsoft365.client-id", "", "the Application (client) ID of the app registered for PortalDesk: a GUID"),
    M365_CLIENT_SECRET(
            "microsoft365.client-secret",
            "",
            "the client secret's Value, only as ${env:NAME} in a file; or use a certificate instead"),
    M365_CERTIFICATE_FILE(
            "microsoft365.certificate-file",
            "",
            "a .pfx (PKCS#12) file holding the certificate uploaded to the app registration and its private key, instead of a client secret"),
    M365_CERTIFICATE_PASSWORD(
            "microsoft365.certificate-password", "", "the .pfx file's password, only as ${env:NAME} in a file"),
    M365_MAILBOX("microsoft365.mailbox", "", "the mailbox codes are sent from, such as portal@yourfirm.com"),
    M365_SMTP_HOST(
            "microsoft365.smtp-host",
            "smtp.office365.com",
            "Exchange Online's SMTP server; change it only for a national cloud"),
    M365_SMTP_PORT("microsoft365.smtp-port", "587", "a port number, 1 to 65535 (587: STARTTLS)"),
    M365_AUTHORITY(
            "microsoft365.authority",
            "https://login.microsoftonline.com/",
            "the Microsoft identity platform's https address; change it only for a national cloud"),
    GOOGLE_SERVICE_ACCOUNT_KEY(
            "google.service-account-key",
            "",
            "the path of the service account's JSON key file (it holds a private key: keep it readable by this account only)"),
    GOOGLE_MAILBOX(
            "google.mailbox", "", "the Google Workspace mailbox codes are sent from, such as portal@yourfirm.com"),
    GOOGLE_SMTP_HOST("google.smtp-host", "smtp.gmail.com", "Gmail's SMTP server"),
    GOOGLE_SMTP_PORT("google.smtp-port", "587", "a port number, 1 to 65535 (587: STARTTLS)");

    private final String key;
    private final String defaultValue;
    private final String accepted;

    ConfigKey(String key, String defaultValue, String accepted) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.accepted = accepted;
    }

    /** Passwords, tokens and secrets: their values are never shown, not even in an error message. */
    public boolean secret() {
        return this == DB_PASSWORD
                || this == TWILIO_AUTH_TOKEN
                || this == TWILIO_API_KEY_SECRET
                || this == SMTP_PASSWORD
                || this == M365_CLIENT_SECRET
                || this == M365_CERTIFICATE_PASSWORD;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String accepted() {
        return accepted;
    }

    /** PORTALDESK_DATA_DIR for data.dir: upper case, dots and dashes become underscores. */
    public String environmentName() {
        return "PORTALDESK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static Optional<ConfigKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
