package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.testutil.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `delivery status` says about mail credentials, from real settings and a real .pfx made by keytool. */
@Tag("process")
class DeliveryCredentialsTest {
    private static final String SECRET = "m365-secret-value-never-shown";

    @TempDir
    Path dir;

    private static Map<ConfigKey, String> microsoft365() {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.DATA_DIR, "target");
        values.put(ConfigKey.EMAIL_PROVIDER, "microsoft365");
        values.put(ConfigKey.M365_TENANT_ID, "contoso.onmicrosoft.com");
        values.put(ConfigKey.M365_CLIENT_ID, "1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d");
        values.put(ConfigKey.M365_MAILBOX, "portal@contoso.com");
        return values;
    }

    private Path certificateValidFor(int days) throws Exception {
        Path pfx = dir.resolve("mail-" + days + ".pfx");
        Process keytool = new ProcessBuilder(
                        "keytool",
                        "-genkeypair",
                        "-alias",
                        "portaldesk-mail",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        Integer.toString(days),
                        "-dname",
                        "CN=portaldesk-mail",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        pfx.toString(),
                        "-storepass",
                        "pfx-password")
                .redirectErrorStream(true)
                .start();
        assertThat(keytool.waitFor())
                .as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        Files.setPosixFilePermissions(pfx, PosixFilePermissions.fromString("rw-------"));
        return pfx;
    }

    private static String saidWith(Map<ConfigKey, String> values, MutableClock clock) {
        return String.join("\n", DeliveryCredentials.notes(AppConfig.load(null, Map.of(), values), clock));
    }

    @Test
    void aCertificate_isSaidWithItsEndDate_andAsAWarningWithinThirtyDays() throws Exception {
        Path longLived = certificateValidFor(400);
        Path endingSoon = certificateValidFor(10);
        MutableClock now = MutableClock.at(Instant.now().toString()); // just after both were made
        Map<ConfigKey, String> values = microsoft365();
        values.put(ConfigKey.M365_CERTIFICATE_FILE, longLived.toString());
        values.put(ConfigKey.M365_CERTIFICATE_PASSWORD, "pfx-password");
        assertThat(saidWith(values, now))
                .contains("the certificate is valid until")
                .contains("(399 days).");

        values.put(ConfigKey.M365_CERTIFICATE_FILE, endingSoon.toString());
        assertThat(saidWith(values, now)).contains("(9 days): make and upload a new one now.");
        now.advance(Duration.ofDays(11));
        assertThat(saidWith(values, now)).contains("the certificate ENDED on");
    }

    @Test
    void aClientSecret_isNeverShown_andWhereItsEndDateIsSeenIsSaid() {
        Map<ConfigKey, String> values = microsoft365();
        values.put(ConfigKey.M365_CLIENT_SECRET, SECRET);
        assertThat(saidWith(values, MutableClock.at("2026-12-07T12:00:00Z")))
                .contains("Certificates & secrets")
                .contains("AADSTS7000222")
                .doesNotContain(SECRET);
    }

    @Test
    void smtpWithAPasswordToExchangeOnline_isWarned_andAnotherServerSaysNothing() {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        values.put(ConfigKey.DATA_DIR, "target");
        values.put(ConfigKey.EMAIL_PROVIDER, "smtp");
        values.put(ConfigKey.SMTP_HOST, "smtp.office365.com");
        values.put(ConfigKey.SMTP_USERNAME, "portal@contoso.com");
        values.put(ConfigKey.SMTP_PASSWORD, "app-password");
        values.put(ConfigKey.SMTP_FROM_ADDRESS, "portal@contoso.com");
        MutableClock clock = MutableClock.at("2026-12-07T12:00:00Z");
        assertThat(saidWith(values, clock)).contains("5.7.30");
        values.put(ConfigKey.SMTP_HOST, "mail.contoso.com");
        assertThat(saidWith(values, clock)).isEmpty();
    }
}
