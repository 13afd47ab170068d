package com.portaldesk.delivery;

import com.google.auth.http.HttpTransportFactory;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.portaldesk.config.GoogleWorkspaceSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * Access tokens for Gmail's SMTP server from Google's own auth library: the firm's service account, with
 * domain-wide delegation, signs a request as the mailbox (scope https://mail.google.com/). The library keeps the
 * token in this object's memory and renews it before it expires; nothing is written.
 */
final class GoogleTokens implements AccessTokens {
    /** The one scope Gmail's SMTP server accepts for XOAUTH2. */
    static final List<String> GMAIL = List.of("https://mail.google.com/");

    private final GoogleCredentials credentials;
    /** Why no token can ever come from these settings (a key file that is not one); null when they can. */
    private final DeliveryResult unusable;

    private final String mailbox;

    /** {@code transport} replaces the library's HTTPS client (tests trust their stand-in); null in production. */
    GoogleTokens(GoogleWorkspaceSettings settings, HttpTransportFactory transport) {
        this.mailbox = settings.mailbox();
        GoogleCredentials read = null;
        DeliveryResult problem = null;
        try (InputStream key = Files.newInputStream(settings.serviceAccountKey())) {
            ServiceAccountCredentials account = transport == null
                    ? ServiceAccountCredentials.fromStream(key)
                    : ServiceAccountCredentials.fromStream(key, transport);
            read = account.createScoped(GMAIL).createDelegated(settings.mailbox());
        } catch (IOException | RuntimeException e) {
            problem = DeliveryResult.failed(
                    "GOOGLE_KEY_UNREADABLE",
                    "The file in google.service-account-key is not "
                            + "a service account's JSON key (" + e.getClass().getSimpleName()
                            + "): download the key again "
                            + "(Google Cloud console ▸ IAM & Admin ▸ Service accounts ▸ Keys ▸ Add key ▸ JSON).");
        }
        // Said at every send and test rather than stopping the program: the rest of PortalDesk works meanwhile.
        this.credentials = read;
        this.unusable = problem;
    }

    @Override
    public String current() throws TokenRefused {
        if (unusable != null) {
            throw new TokenRefused(unusable, null);
        }
        try {
            credentials.refreshIfExpired();
            return credentials.getAccessToken().getTokenValue();
        } catch (IOException e) {
            throw new TokenRefused(GoogleFailures.of(e), e);
        }
    }

    @Override
    public String service() {
        return "Google Workspace";
    }

    @Override
    public String describe() {
        return "a service account acting for " + mailbox;
    }
}
