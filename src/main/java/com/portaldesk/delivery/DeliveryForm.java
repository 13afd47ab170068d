package com.portaldesk.delivery;

/**
 * The delivery settings as the screen edits them. A blank secret means "keep the stored one"; the flags say
 * whether one is stored, so the screen can show ••••. The email sender's name is {@link #smtpFromName} for every
 * mail path. {@link #toString()} never shows a secret.
 */
public record DeliveryForm(
        String smsProvider,
        String emailProvider,
        String twilioAccountSid,
        String twilioFromNumber,
        String twilioServiceSid,
        String twilioAuthToken,
        boolean twilioTokenStored,
        String smtpHost,
        String smtpPort,
        String smtpSecurity,
        String smtpUsername,
        String smtpPassword,
        boolean smtpPasswordStored,
        String smtpFromAddress,
        String smtpFromName,
        OAuthMail oauth) {

    /** The form for plain SMTP and texts alone, nothing for Microsoft 365 or Google Workspace. */
    public DeliveryForm(
            String smsProvider,
            String emailProvider,
            String twilioAccountSid,
            String twilioFromNumber,
            String twilioServiceSid,
            String twilioAuthToken,
            boolean twilioTokenStored,
            String smtpHost,
            String smtpPort,
            String smtpSecurity,
            String smtpUsername,
            String smtpPassword,
            boolean smtpPasswordStored,
            String smtpFromAddress,
            String smtpFromName) {
        this(
                smsProvider,
                emailProvider,
                twilioAccountSid,
                twilioFromNumber,
                twilioServiceSid,
                twilioAuthToken,
                twilioTokenStored,
                smtpHost,
                smtpPort,
                smtpSecurity,
                smtpUsername,
                smtpPassword,
                smtpPasswordStored,
                smtpFromAddress,
                smtpFromName,
                OAuthMail.none());
    }

    public static DeliveryForm defaults() {
        return new DeliveryForm(
                "outbox", "outbox", "", "", "", "", false, "", "587", "starttls", "", "", false, "", "");
    }

    @Override
    public String toString() {
        return "DeliveryForm[sms " + smsProvider + ", email " + emailProvider + ", secrets ••••]";
    }
}
