package com.portaldesk.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Exchange Online without a stored password: PortalDesk signs in as an application registered in the firm's
 * Microsoft Entra tenant (client credentials, with a client secret or a certificate) and sends through Exchange's SMTP
 * server with STARTTLS and SASL XOAUTH2. Checked when email.provider=microsoft365. {@link #toString()} shows neither
 * the secret nor the certificate's password.
 */
public record Microsoft365Settings(
        String tenantId,
        String clientId,
        String clientSecret,
        Path certificateFile,
        String certificatePassword,
        String mailbox,
        String fromName,
        URI authority,
        SmtpSettings smtp) {
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)([a-zA-Z0-9-]{1,63}\\.)+[a-zA-Z]{2,63}");

    /** True when the app proves itself with a certificate rather than a client secret. */
    public boolean usesCertificate() {
        return certificateFile != null;
    }

    static Microsoft365Settings from(AppConfig config) {
        String when = "when email.provider=microsoft365";
        String tenant = Settings.required(config, ConfigKey.M365_TENANT_ID, when);
        if (!GUID.matcher(tenant).matches() && !DOMAIN.matcher(tenant).matches()) {
            throw config.invalid(ConfigKey.M365_TENANT_ID);
        }
        String client = Settings.required(config, ConfigKey.M365_CLIENT_ID, when);
        if (!GUID.matcher(client).matches()) {
            throw config.invalid(ConfigKey.M365_CLIENT_ID);
        }
        String secret = config.get(ConfigKey.M365_CLIENT_SECRET);
        String certificate = config.get(ConfigKey.M365_CERTIFICATE_FILE);
        if (secret.isEmpty() == certificate.isEmpty()) {
            throw new ConfigException(
                    "Set exactly one of 'microsoft365.client-secret' and "
                            + "'microsoft365.certificate-file' " + when
                            + ": how PortalDesk proves it is the app registered "
                            + "in the tenant.",
                    ConfigKey.M365_CLIENT_SECRET);
        }
        Path certificateFile = certificate.isEmpty() ? null : Path.of(certificate);
        if (certificateFile != null && !Files.isReadable(certificateFile)) {
            throw new ConfigException(
                    "The file in 'microsoft365.certificate-file' (" + certificate + ") cannot be " + "read.",
                    ConfigKey.M365_CERTIFICATE_FILE);
        }
        if (certificateFile != null) {
            Settings.ownerOnly(certificateFile, ConfigKey.M365_CERTIFICATE_FILE);
        }
        String mailbox = Settings.required(config, ConfigKey.M365_MAILBOX, when);
        try {
            new InternetAddress(mailbox, true).validate();
        } catch (AddressException e) {
            throw config.invalid(ConfigKey.M365_MAILBOX);
        }
        URI authority = URI.create(config.get(ConfigKey.M365_AUTHORITY));
        if (!"https".equals(authority.getScheme()) || authority.getHost() == null) {
            throw config.invalid(ConfigKey.M365_AUTHORITY);
        }
        SmtpSettings smtp =
                SmtpSettings.forOAuth(config, ConfigKey.M365_SMTP_HOST, ConfigKey.M365_SMTP_PORT, mailbox, when);
        return new Microsoft365Settings(
                tenant,
                client,
                secret,
                certificateFile,
                config.get(ConfigKey.M365_CERTIFICATE_PASSWORD),
                mailbox,
                config.get(ConfigKey.SMTP_FROM_NAME),
                authority,
                smtp);
    }

    @Override
    public String toString() {
        return "Microsoft365Settings[tenant " + tenantId + ", client " + clientId + ", "
                + (usesCertificate() ? "certificate " + certificateFile : "secret " + Settings.mask(clientSecret))
                + ", mailbox " + mailbox + ", " + smtp.host() + ":" + smtp.port() + "]";
    }
}
