package com.portaldesk.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * What the SMTP sender needs, checked when email.provider=smtp. Unencrypted SMTP is accepted only to a
 * server on this computer (a local relay), never across a network. {@link #toString()} never shows the password.
 */
public record SmtpSettings(
        String host,
        int port,
        Security security,
        String username,
        String password,
        String fromAddress,
        String fromName,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout) {

    /** How the connection is protected. */
    public enum Security {
        STARTTLS,
        SSL,
        NONE
    }

    static SmtpSettings from(AppConfig config) {
        String when = "when email.provider=smtp";
        String host = Settings.required(config, ConfigKey.SMTP_HOST, when);
        int port = Settings.number(config, ConfigKey.SMTP_PORT, 1, 65_535);
        Security security;
        try {
            security = Security.valueOf(config.get(ConfigKey.SMTP_SECURITY).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw config.invalid(ConfigKey.SMTP_SECURITY);
        }
        if (security == Security.NONE && !isLoopback(host)) {
            throw new ConfigException(
                    "Key 'smtp.security' is none, but '" + host + "' is not this computer. "
                            + "Codes would cross the network unencrypted; use starttls or ssl.",
                    ConfigKey.SMTP_SECURITY);
        }
        String from = Settings.required(config, ConfigKey.SMTP_FROM_ADDRESS, when);
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException e) {
            throw config.invalid(ConfigKey.SMTP_FROM_ADDRESS);
        }
        String username = config.get(ConfigKey.SMTP_USERNAME);
        String password = config.get(ConfigKey.SMTP_PASSWORD);
        if (!username.isEmpty()) {
            Settings.required(config, ConfigKey.SMTP_PASSWORD, "with smtp.username");
        }
        return new SmtpSettings(
                host,
                port,
                security,
                username,
                password,
                from,
                config.get(ConfigKey.SMTP_FROM_NAME),
                Duration.ofMillis(Settings.number(config, ConfigKey.SMTP_CONNECT_TIMEOUT_MS, 500, 60_000)),
                Duration.ofMillis(Settings.number(config, ConfigKey.SMTP_READ_TIMEOUT_MS, 500, 120_000)),
                Duration.ofMillis(Settings.number(config, ConfigKey.SMTP_WRITE_TIMEOUT_MS, 500, 120_000)));
    }

    /**
     * A provider's submission server for a sign-in with an OAuth token (Exchange Online, Gmail): STARTTLS always,
     * the mailbox as user and sender, no password; the sender name and timeouts are the smtp.* ones.
     */
    static SmtpSettings forOAuth(AppConfig config, ConfigKey host, ConfigKey port, String mailbox, String when) {
        return new SmtpSettings(
                Settings.required(config, host, when),
                Settings.number(config, port, 1, 65_535),
                Security.STARTTLS,
                mailbox,
                "",
                mailbox,
                config.get(ConfigKey.SMTP_FROM_NAME),
                Duration.ofMillis(Settings.number(config, ConfigKey.SMTP_CONNECT_TIMEOUT_MS, 500, 60_000)),
                Duration.ofMillis(Settings.number(config, ConfigKey.SMTP_READ_TIMEOUT_MS, 500, 120_000)),
                Duration.ofMillis(Settings.number(config, ConfigKey.SMTP_WRITE_TIMEOUT_MS, 500, 120_000)));
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + " " + security + ", user "
                + (username.isEmpty() ? "(none)" : username) + ", password " + Settings.mask(password) + ", from "
                + fromAddress + "]";
    }
}
