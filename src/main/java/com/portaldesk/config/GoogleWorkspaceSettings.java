package com.portaldesk.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Google Workspace mail with no password: a service account with domain-wide delegation signs in as the firm's
 * mailbox and sends through Gmail's SMTP server with STARTTLS and SASL XOAUTH2. Its JSON key (which holds a private
 * key) stays in a file of its own, owner-only. Checked when email.provider=google.
 */
public record GoogleWorkspaceSettings(Path serviceAccountKey, String mailbox, SmtpSettings smtp) {

    static GoogleWorkspaceSettings from(AppConfig config) {
        String when = "when email.provider=google";
        Path key = Path.of(Settings.required(config, ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY, when));
        if (!Files.isReadable(key)) {
            throw new ConfigException(
                    "The file in 'google.service-account-key' (" + key + ") cannot be read.",
                    ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY);
        }
        Settings.ownerOnly(key, ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY);
        String mailbox = Settings.required(config, ConfigKey.GOOGLE_MAILBOX, when);
        try {
            new InternetAddress(mailbox, true).validate();
        } catch (AddressException e) {
            throw config.invalid(ConfigKey.GOOGLE_MAILBOX);
        }
        SmtpSettings smtp =
                SmtpSettings.forOAuth(config, ConfigKey.GOOGLE_SMTP_HOST, ConfigKey.GOOGLE_SMTP_PORT, mailbox, when);
        return new GoogleWorkspaceSettings(key, mailbox, smtp);
    }
}
