package com.portaldesk.ui.staff;

import com.portaldesk.config.ConfigKey;
import java.util.Map;
import java.util.Set;

/**
 * What to tell an admin about a delivery setting the configuration refused, in the screen's words rather than the
 * configuration file's ("Key 'twilio.account-sid' must be set when sms.provider=twilio" becomes "Type the account
 * SID..."). Keys without words of their own are not on this screen; their message is shown as it is.
 */
final class DeliveryFieldWords {
    private static final Map<ConfigKey, String> WORDS = Map.ofEntries(
            Map.entry(
                    ConfigKey.TWILIO_ACCOUNT_SID,
                    "Type the account SID from the Twilio console: AC followed by " + "32 letters and digits."),
            Map.entry(
                    ConfigKey.TWILIO_AUTH_TOKEN,
                    "Type the auth token from the Twilio console (32 letters and " + "digits)."),
            Map.entry(
                    ConfigKey.TWILIO_FROM_NUMBER,
                    "Fill in one of these two: the number texts come from, with its "
                            + "country code (+14155550100), or a Messaging Service SID (MG…)."),
            Map.entry(
                    ConfigKey.TWILIO_MESSAGING_SERVICE_SID,
                    "A Messaging Service SID is MG followed by 32 letters " + "and digits."),
            Map.entry(ConfigKey.SMTP_HOST, "Type the mail server's name, such as mail.yourfirm.com."),
            Map.entry(
                    ConfigKey.SMTP_PORT,
                    "Type the port as a number from 1 to 65535 (usually 587, or 465 for " + "SSL/TLS)."),
            Map.entry(
                    ConfigKey.SMTP_SECURITY,
                    "Choose STARTTLS or SSL/TLS: without them the password and every code "
                            + "would cross the network unencrypted."),
            Map.entry(ConfigKey.SMTP_USERNAME, "Type the user name the mail server expects, usually an email address."),
            Map.entry(ConfigKey.SMTP_PASSWORD, "Type the mail server password for this user name."),
            Map.entry(ConfigKey.SMTP_FROM_ADDRESS, "Type the address emails come from, such as portal@yourfirm.com."),
            Map.entry(
                    ConfigKey.M365_TENANT_ID,
                    "Type the Directory (tenant) ID from the app's Overview page in "
                            + "Microsoft Entra: a GUID, or a domain such as yourfirm.onmicrosoft.com."),
            Map.entry(
                    ConfigKey.M365_CLIENT_ID,
                    "Type the Application (client) ID from the app's Overview page in "
                            + "Microsoft Entra: a GUID such as 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d."),
            Map.entry(
                    ConfigKey.M365_CLIENT_SECRET,
                    "Type the client secret's Value (Certificates & secrets in the "
                            + "app registration), shown only once when it was made: make a new one if it is lost."),
            Map.entry(ConfigKey.M365_MAILBOX, "Type the mailbox codes are sent from, such as portal@yourfirm.com."),
            Map.entry(
                    ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY,
                    "Choose the service account's JSON key file: it must "
                            + "exist on this computer and be readable by this Windows or Linux account only."),
            Map.entry(
                    ConfigKey.GOOGLE_MAILBOX,
                    "Type the Google Workspace mailbox codes are sent from, such as " + "portal@yourfirm.com."));

    private DeliveryFieldWords() {}

    /** The keys there are words for: the fields that can carry an error. */
    static Set<ConfigKey> keys() {
        return WORDS.keySet();
    }

    static boolean onScreen(ConfigKey key) {
        return WORDS.containsKey(key);
    }

    static String about(ConfigKey key) {
        return WORDS.get(key);
    }
}
