package com.portaldesk.ui.staff;

import com.portaldesk.config.ConfigKey;
import java.util.Map;

/**
 * What to tell an admin about a delivery setting the configuration refused, in the screen's words rather than the
 * configuration file's ("Key 'twilio.account-sid' must be set when sms.provider=twilio" becomes "Type the account
 * SID..."). Keys without words of their own are not on this screen; their message is shown as it is.
 */
final class DeliveryFieldWords {
    private static final Map<ConfigKey, String> WORDS = Map.ofEntries(
            Map.entry(ConfigKey.TWILIO_ACCOUNT_SID, "Type the account SID from the Twilio console: AC followed by "
                    + "32 letters and digits."),
            Map.entry(ConfigKey.TWILIO_AUTH_TOKEN, "Type the auth token from the Twilio console (32 letters and "
                    + "digits)."),
            Map.entry(ConfigKey.TWILIO_FROM_NUMBER, "Fill in one of these two: the number texts come from, with its "
                    + "country code (+14155550100), or a Messaging Service SID (MG…)."),
            Map.entry(ConfigKey.TWILIO_MESSAGING_SERVICE_SID, "A Messaging Service SID is MG followed by 32 letters "
                    + "and digits."),
            Map.entry(ConfigKey.SMTP_HOST, "Type the mail server's name, such as smtp.office365.com."),
            Map.entry(ConfigKey.SMTP_PORT, "Type the port as a number from 1 to 65535 (usually 587, or 465 for "
                    + "SSL/TLS)."),
            Map.entry(ConfigKey.SMTP_SECURITY, "Choose STARTTLS or SSL/TLS: without them the password and every code "
                    + "would cross the network unencrypted."),
            Map.entry(ConfigKey.SMTP_USERNAME, "Type the user name the mail server expects, usually an email address."),
            Map.entry(ConfigKey.SMTP_PASSWORD, "Type the mail server password for this user name."),
            Map.entry(ConfigKey.SMTP_FROM_ADDRESS, "Type the address emails come from, such as portal@yourfirm.com."));

    private DeliveryFieldWords() {
    }

    /** The keys there are words for: the fields that can carry an error. */
    static java.util.Set<ConfigKey> keys() {
        return WORDS.keySet();
    }

    static boolean onScreen(ConfigKey key) {
        return WORDS.containsKey(key);
    }

    static String about(ConfigKey key) {
        return WORDS.get(key);
    }
}
