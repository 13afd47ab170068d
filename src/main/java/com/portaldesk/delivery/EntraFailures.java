package com.portaldesk.delivery;

import com.microsoft.aad.msal4j.MsalServiceException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Microsoft identity platform's refusals (AADSTS codes, listed at
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes) in words an office manager can act on,
 * each naming the setting or the admin-center page to fix. Never carries the secret or a token.
 */
final class EntraFailures {
    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");
    private static final Map<Integer, String> KNOWN = Map.ofEntries(
            Map.entry(
                    90002,
                    "Microsoft does not know the tenant in microsoft365.tenant-id: copy the Directory "
                            + "(tenant) ID from the app registration's Overview page in the Microsoft Entra admin center."),
            Map.entry(
                    900023,
                    "The tenant in microsoft365.tenant-id is not a tenant ID or domain: copy the Directory "
                            + "(tenant) ID from the app registration's Overview page."),
            Map.entry(
                    700016,
                    "No app with the ID in microsoft365.client-id is registered in this tenant: copy the "
                            + "Application (client) ID from the app registration's Overview page, and check that the tenant "
                            + "ID is the same tenant's."),
            Map.entry(
                    7000215,
                    "Microsoft refused the client secret: put the secret's Value (not its Secret ID) from "
                            + "the app registration's Certificates & secrets page in microsoft365.client-secret."),
            Map.entry(
                    7000222,
                    "The client secret has expired: make a new one on the app registration's "
                            + "Certificates & secrets page and put its Value in microsoft365.client-secret."),
            Map.entry(
                    700027,
                    "Microsoft refused the certificate: upload the certificate of "
                            + "microsoft365.certificate-file (the .cer, without its key) on the app registration's "
                            + "Certificates & secrets page."),
            Map.entry(
                    700024,
                    "Microsoft refused the sign-in because this computer's clock is wrong; set the date and "
                            + "time automatically."),
            Map.entry(
                    65001,
                    "The app has no admin consent: on the app registration's API permissions page, grant "
                            + "admin consent for Office 365 Exchange Online ▸ SMTP.SendAsApp."),
            Map.entry(
                    500011,
                    "The tenant has no Exchange Online for the app to send through; check the firm's "
                            + "Microsoft 365 subscription includes Exchange Online."),
            Map.entry(
                    7000112,
                    "The app registration is disabled in the tenant; enable it in the Microsoft Entra admin "
                            + "center (Enterprise applications ▸ Properties ▸ Enabled for users to sign in)."));

    private EntraFailures() {}

    static DeliveryResult of(MsalServiceException e) {
        Integer code = code(e.getMessage());
        if (code != null && KNOWN.containsKey(code)) {
            return DeliveryResult.failed("ENTRA_" + code, KNOWN.get(code) + " (AADSTS" + code + ")");
        }
        Integer status = e.statusCode();
        if (status != null && (status == 429 || status >= 500)) {
            return DeliveryResult.transientFailure(
                    "ENTRA_UNAVAILABLE",
                    "Microsoft's sign-in service is busy or " + "unavailable (HTTP " + status
                            + "); this passes by itself.");
        }
        return DeliveryResult.failed(
                code == null ? "ENTRA_" + e.errorCode() : "ENTRA_" + code,
                "Microsoft refused to sign PortalDesk in: " + firstSentence(e.getMessage()));
    }

    static DeliveryResult unreachable() {
        return DeliveryResult.transientFailure(
                "ENTRA_UNREACHABLE",
                "Microsoft's sign-in service could not be "
                        + "reached: this computer has no internet connection, a proxy or firewall is in the way, or the "
                        + "service did not answer in time.");
    }

    private static Integer code(String message) {
        Matcher m = AADSTS.matcher(message == null ? "" : message);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Microsoft's own words up to the first full stop: the trace and correlation ids after it help no one here. */
    private static String firstSentence(String message) {
        if (message == null || message.isBlank()) {
            return "no reason was given.";
        }
        int end = message.indexOf(". ");
        String first = end < 0 ? message.strip() : message.substring(0, end + 1);
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
