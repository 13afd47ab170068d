package com.portaldesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.config.ConfigException;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.config.ConfigProblems;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery settings saved from the screen: checked like the file, secrets encrypted, live at once, kept on restart. */
@Tag("db")
class DeliverySettingsTest {
    private static final String SECRET = "smtp-password-9f3k";

    @TempDir
    Path dataDir;

    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("portal@leecpa.example", "portal", SECRET));
    private AppContext context;

    @BeforeEach
    void open() {
        mail.start();
        context = TestDatabase.open(dataDir, MutableClock.at("2026-10-01T10:00:00Z"));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        mail.stop();
    }

    private DeliveryForm smtp(String password) {
        return new DeliveryForm(
                "outbox",
                "smtp",
                "",
                "",
                "",
                "",
                false,
                "127.0.0.1",
                Integer.toString(mail.getSmtp().getPort()),
                "none",
                "portal",
                password,
                false,
                "portal@leecpa.example",
                "");
    }

    @Test
    void badSettings_areRefusedNamingTheKey_andNothingIsSaved() {
        DeliveryForm twilioWithoutSid = new DeliveryForm(
                "twilio",
                "outbox",
                "",
                "+14155550100",
                "",
                "token",
                false,
                "",
                "587",
                "starttls",
                "",
                "",
                false,
                "",
                "");
        assertThatThrownBy(() -> context.deliveryControl().save(twilioWithoutSid, "ann", "desk"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("twilio.account-sid");
        assertThat(context.deliveryControl().current()).isEqualTo(DeliveryForm.defaults());
        assertThat(context.deliveryControl().mode()).contains("Outbox");
    }

    @Test
    void aFormWithSeveralMistakes_hearsOfEveryOneAtOnce_andNothingIsSaved() {
        DeliveryForm wrongEverywhere = new DeliveryForm(
                "twilio",
                "smtp",
                "AC123",
                "4155550100",
                "",
                "token",
                false,
                "",
                "587",
                "starttls",
                "",
                "",
                false,
                "not-an-address",
                "");
        assertThatThrownBy(() -> context.deliveryControl().save(wrongEverywhere, "ann", "desk"))
                .isInstanceOfSatisfying(
                        ConfigProblems.class,
                        problems -> assertThat(problems.all())
                                .extracting(problem -> problem.key().orElseThrow())
                                .containsExactly(
                                        ConfigKey.TWILIO_ACCOUNT_SID,
                                        ConfigKey.TWILIO_FROM_NUMBER,
                                        ConfigKey.SMTP_HOST,
                                        ConfigKey.SMTP_FROM_ADDRESS));
        assertThat(context.deliveryControl().current()).isEqualTo(DeliveryForm.defaults());
    }

    @Test
    void savedSmtp_isLiveAtOnce_testEmailArrives_andTheSecretIsStoredEncrypted() throws Exception {
        assertThat(context.deliverySource()).startsWith("Settings: from config.properties");
        String mode = context.deliveryControl().save(smtp(SECRET), "ann", "desk");
        assertThat(context.deliverySource())
                .isEqualTo("Settings: saved in the staff app (Settings > Delivery "
                        + "settings) on 2026-10-01; they take the place of the delivery keys in config.properties.");
        assertThat(mode)
                .contains("email by SMTP (portal@leecpa.example through 127.0.0.1:"
                        + mail.getSmtp().getPort() + ", unencrypted, this computer only, signed in as portal)");
        assertThat(context.deliveryControl()
                        .testEmail("ann@example.com", "ann.lee", "desk-1")
                        .sent())
                .isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(context.deliveryControl().current().smtpPasswordStored()).isTrue();
        assertThat(context.deliveryControl().current().smtpPassword()).isEmpty();
        assertThat(context.audit()
                        .list(new AuditQuery(null, null, AuditEventType.POLICY_CHANGED, null, null, 1))
                        .get(0)
                        .detail())
                .contains("email by smtp")
                .contains("new SMTP password")
                .doesNotContain(SECRET);

        context.close();
        context = null;
        byte[] database = Files.readAllBytes(dataDir.resolve("portaldesk.mv.db"));
        assertThat(new String(database, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);

        context = TestDatabase.open(dataDir, MutableClock.at("2026-10-01T11:00:00Z"));
        assertThat(context.deliveryControl().mode()).contains("SMTP (portal@leecpa.example through 127.0.0.1:");
        assertThat(context.deliveryControl()
                        .testEmail("bob@example.com", "ann.lee", "desk-1")
                        .sent())
                .isTrue();
    }

    @Test
    void blankSecret_keepsTheStoredOne_andAWrongOneFailsPrecisely() {
        context.deliveryControl().save(smtp("wrong-password"), "ann", "desk");
        assertThat(context.deliveryControl()
                        .testEmail("ann@example.com", "ann.lee", "desk-1")
                        .failureCode())
                .isEqualTo("SMTP_AUTH_FAILED");
        context.deliveryControl().save(smtp(SECRET), "ann", "desk");
        context.deliveryControl().save(smtp(""), "ann", "desk");
        assertThat(context.deliveryControl()
                        .testEmail("ann@example.com", "ann.lee", "desk-1")
                        .sent())
                .isTrue();
    }

    /** A test that may pass later is not said to be "tried again": a test is sent once, and the person is told. */
    @Test
    void aTestEmailThatMayPassLater_saysItIsSentOnce_notThatItIsTriedAgain() {
        context.deliveryControl().save(smtp(SECRET), "ann", "desk");
        mail.stop(); // the server is gone: a connection refused, which may pass
        DeliveryResult result = context.deliveryControl().testEmail("ann@example.com", "ann.lee", "desk-1");
        assertThat(result.failureCode()).isEqualTo("SMTP_REFUSED");
        assertThat(result.failureMessage())
                .endsWith("A test is sent only once: send it again in a few minutes (a "
                        + "client's code is tried again by itself).");
        assertThat(context.audit()
                        .list(new AuditQuery(null, null, AuditEventType.DELIVERY_TESTED, null, null, 1))
                        .get(0)
                        .detail())
                .contains("A test is sent only once");
    }

    private static final String M365_SECRET = "m365-client-secret-7Q~x9";

    private static DeliveryForm microsoft365(String secret) {
        return new DeliveryForm(
                "outbox",
                "microsoft365",
                "",
                "",
                "",
                "",
                false,
                "",
                "587",
                "starttls",
                "",
                "",
                false,
                "",
                "Lee CPA",
                new OAuthMail(
                        "contoso.onmicrosoft.com",
                        "1b2c3d4e-0000-4000-8000-000000000001",
                        secret,
                        false,
                        "portal@contoso.com",
                        "",
                        ""));
    }

    @Test
    void microsoft365_fromTheScreen_isLiveAtOnce_itsSecretEncrypted_andKeptWhenLeftBlank() throws Exception {
        assertThat(context.deliveryControl().save(microsoft365(M365_SECRET), "ann", "desk"))
                .contains("Microsoft 365");
        OAuthMail shown = context.deliveryControl().current().oauth();
        assertThat(shown.m365SecretStored()).isTrue();
        assertThat(shown.m365ClientSecret()).isEmpty();
        assertThat(shown.m365Mailbox()).isEqualTo("portal@contoso.com");
        assertThat(context.audit()
                        .list(new AuditQuery(null, null, AuditEventType.POLICY_CHANGED, null, null, 1))
                        .get(0)
                        .detail())
                .contains("email by microsoft365")
                .contains("new Microsoft 365 client secret")
                .doesNotContain(M365_SECRET);
        assertThat(context.deliveryControl().save(microsoft365(""), "ann", "desk"))
                .as("a blank secret keeps the " + "stored one (without one the settings would be refused)")
                .contains("Microsoft 365");

        context.close();
        context = null;
        byte[] database = Files.readAllBytes(dataDir.resolve("portaldesk.mv.db"));
        assertThat(new String(database, StandardCharsets.ISO_8859_1)).doesNotContain(M365_SECRET);
        context = TestDatabase.open(dataDir, MutableClock.at("2026-10-01T11:00:00Z"));
        assertThat(context.deliveryControl().mode()).contains("Microsoft 365");
    }

    @Test
    void microsoft365_withoutAnySecret_isRefusedNamingTheSecret_andNothingIsSaved() {
        assertThatThrownBy(() -> context.deliveryControl().save(microsoft365(""), "ann", "desk"))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        refusal -> assertThat(refusal.key()).contains(ConfigKey.M365_CLIENT_SECRET));
        assertThat(context.deliveryControl().current()).isEqualTo(DeliveryForm.defaults());
    }

    @Test
    void smtpWithAPasswordToExchangeOnline_isWarnedAboutOnTheDashboard_andNoOtherServerIs() {
        DeliveryForm exchange = new DeliveryForm(
                "outbox",
                "smtp",
                "",
                "",
                "",
                "",
                false,
                "smtp.office365.com",
                "587",
                "starttls",
                "portal@contoso.com",
                "app-password",
                false,
                "portal@contoso.com",
                "");
        context.deliveryControl().save(exchange, "ann", "desk");
        assertThat(context.deliveryControl().passwordWarning())
                .hasValueSatisfying(
                        text -> assertThat(text).contains("5.7.30").contains("Microsoft 365 (no password)"));
        context.deliveryControl().save(smtp(SECRET), "ann", "desk");
        assertThat(context.deliveryControl().passwordWarning()).isEmpty();
    }
}
