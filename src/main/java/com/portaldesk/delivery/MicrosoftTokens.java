package com.portaldesk.delivery;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.portaldesk.config.Microsoft365Settings;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Access tokens for Exchange Online's SMTP server, obtained by the Microsoft Authentication Library (MSAL4J) with the
 * client-credentials grant: PortalDesk signs in as the app the firm registered, with its client secret or
 * certificate. MSAL keeps the token in this object's memory and renews it before it expires; nothing is written.
 */
final class MicrosoftTokens implements AccessTokens {
    /** Exchange Online's application permissions, SMTP.SendAsApp among them, as a client-credentials scope. */
    static final Set<String> EXCHANGE_ONLINE = Set.of("https://outlook.office365.com/.default");

    private final ConfidentialClientApplication app;
    /** Why no token can ever come from these settings (a certificate that cannot be read); null when they can. */
    private final DeliveryResult unusable;

    private final Duration wait;
    private final String tenant;

    /**
     * {@code transport} replaces MSAL's own HTTPS client; null in production. Tests pass one that carries the very
     * requests MSAL makes to login.microsoftonline.com to their loopback stand-in of it.
     */
    MicrosoftTokens(Microsoft365Settings settings, IHttpClient transport) {
        this.tenant = settings.tenantId();
        Duration connect = settings.smtp().connectTimeout();
        Duration read = settings.smtp().readTimeout();
        this.wait = connect.plus(read).plusSeconds(5);
        ConfidentialClientApplication built = null;
        DeliveryResult problem = null;
        try {
            ConfidentialClientApplication.Builder builder = ConfidentialClientApplication.builder(
                            settings.clientId(), credential(settings))
                    .authority(settings.authority()
                            .resolve(settings.tenantId() + "/")
                            .toString())
                    // One tenant at one address: no network lookup of the authority's other names (instance
                    // discovery), which only matters to apps that sign users in across clouds.
                    .instanceDiscovery(false)
                    .connectTimeoutForDefaultHttpClient((int) connect.toMillis())
                    .readTimeoutForDefaultHttpClient((int) read.toMillis());
            if (transport != null) {
                builder.httpClient(transport);
            }
            built = builder.build();
        } catch (MalformedURLException e) {
            problem = DeliveryResult.failed("ENTRA_AUTHORITY", "microsoft365.authority is not a URL.");
        } catch (UnreadableCertificate e) {
            problem = DeliveryResult.failed("ENTRA_CERTIFICATE_UNREADABLE", e.getMessage());
        }
        // Said at every send and test rather than stopping the program: the rest of PortalDesk works meanwhile.
        this.app = built;
        this.unusable = problem;
    }

    private static IClientCredential credential(Microsoft365Settings settings) throws UnreadableCertificate {
        if (!settings.usesCertificate()) {
            return ClientCredentialFactory.createFromSecret(settings.clientSecret());
        }
        try (InputStream pfx = Files.newInputStream(settings.certificateFile())) {
            return ClientCredentialFactory.createFromCertificate(pfx, settings.certificatePassword());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UnreadableCertificate(
                    "The file in microsoft365.certificate-file cannot be read as a .pfx "
                            + "certificate with its private key using microsoft365.certificate-password ("
                            + e.getClass().getSimpleName() + "): export it again with its private key.",
                    e);
        }
    }

    private static final class UnreadableCertificate extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableCertificate(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public String current() throws TokenRefused {
        if (unusable != null) {
            throw new TokenRefused(unusable, null);
        }
        try {
            return app.acquireToken(
                            ClientCredentialParameters.builder(EXCHANGE_ONLINE).build())
                    .get(wait.toMillis(), TimeUnit.MILLISECONDS)
                    .accessToken();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MsalServiceException refused) {
                throw new TokenRefused(EntraFailures.of(refused), null);
            }
            throw new TokenRefused(EntraFailures.unreachable(), e.getCause());
        } catch (TimeoutException e) {
            throw new TokenRefused(EntraFailures.unreachable(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRefused(EntraFailures.unreachable(), e);
        }
    }

    @Override
    public String service() {
        return "Microsoft 365";
    }

    @Override
    public String describe() {
        return "signed in as an app of the Microsoft Entra tenant " + tenant;
    }
}
