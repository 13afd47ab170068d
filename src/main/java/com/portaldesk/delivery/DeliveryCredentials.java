package com.portaldesk.delivery;

import com.portaldesk.config.AppConfig;
import com.portaldesk.config.Microsoft365Settings;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What `delivery status` says about the live mail path's credentials: when a Microsoft 365 certificate ends, what
 * PortalDesk cannot know about a client secret's end date, and the Exchange password warning. Nothing here shows a
 * secret.
 */
public final class DeliveryCredentials {
    /** A certificate ending sooner than this is said as a warning. */
    static final Duration SOON = Duration.ofDays(30);

    private DeliveryCredentials() {}

    public static List<String> notes(AppConfig live, Clock clock) {
        List<String> notes = new ArrayList<>();
        live.microsoft365().ifPresent(m365 -> notes.add(microsoft365(m365, clock.instant())));
        live.google()
                .ifPresent(google -> notes.add("Google Workspace: the service account's key file "
                        + google.serviceAccountKey() + " has no end date unless your organisation's policy sets one "
                        + "(Google Cloud console ▸ IAM ▸ Service accounts ▸ Keys)."));
        ExchangePasswordWarning.about(live).ifPresent(notes::add);
        return Collections.unmodifiableList(notes);
    }

    private static String microsoft365(Microsoft365Settings m365, Instant now) {
        if (m365.certificateFile() == null) {
            return "Microsoft 365: signs in with a client secret. Microsoft does not tell the app when its secret "
                    + "ends: see its Expires date in Microsoft Entra (App registrations ▸ Certificates & secrets) and "
                    + "make a new one before then; an expired one is refused with AADSTS7000222.";
        }
        try (InputStream in = Files.newInputStream(m365.certificateFile())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = m365.certificatePassword() == null
                    ? new char[0]
                    : m365.certificatePassword().toCharArray();
            store.load(in, password);
            String alias = Collections.list(store.aliases()).stream()
                    .filter(a -> certificate(store, a) != null)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("it holds no certificate"));
            Instant ends = certificate(store, alias).getNotAfter().toInstant();
            String day = ends.atOffset(ZoneOffset.UTC).toLocalDate().toString();
            long days = Duration.between(now, ends).toDays();
            if (ends.isBefore(now)) {
                return "Microsoft 365: the certificate ENDED on " + day + ": every code email is refused until a new "
                        + "one is uploaded to the app registration and set in microsoft365.certificate-file.";
            }
            return "Microsoft 365: the certificate is valid until " + day + " (" + days + " days)"
                    + (Duration.between(now, ends).compareTo(SOON) < 0 ? ": make and upload a new one now." : ".");
        } catch (Exception e) {
            return "Microsoft 365: the certificate file " + m365.certificateFile() + " could not be read ("
                    + e.getMessage() + ").";
        }
    }

    private static X509Certificate certificate(KeyStore store, String alias) {
        try {
            return store.getCertificate(alias) instanceof X509Certificate x509 ? x509 : null;
        } catch (KeyStoreException e) {
            throw new IllegalStateException("the certificate file's store was not loaded", e);
        }
    }
}
