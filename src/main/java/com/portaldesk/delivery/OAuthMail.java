package com.portaldesk.delivery;

/**
 * The delivery settings screen's fields for mail sent without a password: Microsoft 365 (an app registered in the
 * firm's Microsoft Entra tenant, signing in with a client secret) and Google Workspace (a service account's key
 * file, acting for the mailbox). A blank secret means "keep the stored one". {@link #toString()} never shows it.
 */
public record OAuthMail(
        String m365TenantId,
        String m365ClientId,
        String m365ClientSecret,
        boolean m365SecretStored,
        String m365Mailbox,
        String googleKeyFile,
        String googleMailbox) {

    public static OAuthMail none() {
        return new OAuthMail("", "", "", false, "", "", "");
    }

    @Override
    public String toString() {
        return "OAuthMail[tenant " + m365TenantId + ", client " + m365ClientId + ", secret ••••]";
    }
}
