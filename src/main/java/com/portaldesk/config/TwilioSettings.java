package com.portaldesk.config;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What the Twilio sender needs, checked when sms.provider=twilio. {@link #toString()} never shows a secret.
 * Either the auth token or an API key pair; either a From number or a Messaging Service.
 */
public record TwilioSettings(
        String accountSid,
        String username,
        String password,
        String fromNumber,
        String messagingServiceSid,
        URI apiBaseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration statusPoll) {

    private static final Pattern ACCOUNT = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern API_KEY = Pattern.compile("SK[0-9a-fA-F]{32}");
    private static final Pattern SERVICE = Pattern.compile("MG[0-9a-fA-F]{32}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    static TwilioSettings from(AppConfig config) {
        String when = "when sms.provider=twilio";
        String account = Settings.required(config, ConfigKey.TWILIO_ACCOUNT_SID, when);
        if (!ACCOUNT.matcher(account).matches()) {
            throw config.invalid(ConfigKey.TWILIO_ACCOUNT_SID);
        }
        String keySid = config.get(ConfigKey.TWILIO_API_KEY_SID);
        String username;
        String password;
        if (!keySid.isEmpty()) {
            if (!API_KEY.matcher(keySid).matches()) {
                throw config.invalid(ConfigKey.TWILIO_API_KEY_SID);
            }
            username = keySid;
            password = Settings.required(config, ConfigKey.TWILIO_API_KEY_SECRET, "with twilio.api-key-sid");
        } else {
            username = account;
            password = Settings.required(config, ConfigKey.TWILIO_AUTH_TOKEN, when + " without an API key");
        }
        String from = config.get(ConfigKey.TWILIO_FROM_NUMBER);
        String service = config.get(ConfigKey.TWILIO_MESSAGING_SERVICE_SID);
        if (from.isEmpty() == service.isEmpty()) {
            throw new ConfigException(
                    "Set exactly one of 'twilio.from-number' and 'twilio.messaging-service-sid' " + when + ".",
                    ConfigKey.TWILIO_FROM_NUMBER);
        }
        if (!from.isEmpty() && !E164.matcher(from).matches()) {
            throw config.invalid(ConfigKey.TWILIO_FROM_NUMBER);
        }
        if (!service.isEmpty() && !SERVICE.matcher(service).matches()) {
            throw config.invalid(ConfigKey.TWILIO_MESSAGING_SERVICE_SID);
        }
        return new TwilioSettings(
                account,
                username,
                password,
                from,
                service,
                baseUrl(config),
                Duration.ofMillis(Settings.number(config, ConfigKey.TWILIO_CONNECT_TIMEOUT_MS, 500, 60_000)),
                Duration.ofMillis(Settings.number(config, ConfigKey.TWILIO_READ_TIMEOUT_MS, 500, 120_000)),
                Duration.ofSeconds(Settings.number(config, ConfigKey.TWILIO_STATUS_POLL_SECONDS, 0, 120)));
    }

    private static URI baseUrl(AppConfig config) {
        String text = config.get(ConfigKey.TWILIO_API_BASE_URL);
        try {
            URI uri = URI.create(text);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
            if ("http".equals(uri.getScheme()) && uri.getHost() != null) {
                if (!SmtpSettings.isLoopback(uri.getHost())) {
                    throw new ConfigException("Key 'twilio.api-base-url' is http, but '" + uri.getHost() + "' is not "
                            + "this computer. The Twilio credentials and every code would cross the network "
                            + "unencrypted; use https.");
                }
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw config.invalid(ConfigKey.TWILIO_API_BASE_URL);
    }

    @Override
    public String toString() {
        return "TwilioSettings[account " + accountSid + ", credential " + Settings.mask(password) + ", from "
                + (fromNumber.isEmpty() ? messagingServiceSid : fromNumber) + ", " + apiBaseUrl + "]";
    }
}
