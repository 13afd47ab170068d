package com.portaldesk.delivery;

import com.portaldesk.config.AppConfig;
import java.util.Locale;
import java.util.Optional;

/**
 * Microsoft is retiring password sign-in (Basic authentication) for SMTP client submission to Exchange Online: after
 * that, every code email sent with a password is refused with "550 5.7.30". A firm still set up that way is told so,
 * with the way out, before its clients stop getting codes.
 */
public final class ExchangePasswordWarning {
    public static final String TEXT = "Email codes go to Microsoft 365 with a password. Microsoft is retiring password "
            + "sign-in for SMTP: once it is off for your tenant, every code email is refused (5.7.30) and clients get "
            + "no email codes. Switch now: register PortalDesk as an app in Microsoft Entra, then choose \"Microsoft "
            + "365 (no password)\" in Settings ▸ Delivery settings (docs/delivery-setup.md, step by step).";

    private ExchangePasswordWarning() {}

    /** Exchange Online's SMTP submission hosts (the worldwide one and its older names). */
    public static boolean isExchangeOnline(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".office365.com")
                || name.equals("smtp-mail.outlook.com")
                || name.endsWith(".outlook.office.com");
    }

    /** The warning when the live email path is SMTP with a password to Exchange Online. */
    public static Optional<String> about(AppConfig live) {
        return live.smtp()
                .filter(smtp ->
                        isExchangeOnline(smtp.host()) && !smtp.password().isEmpty())
                .map(smtp -> TEXT);
    }
}
