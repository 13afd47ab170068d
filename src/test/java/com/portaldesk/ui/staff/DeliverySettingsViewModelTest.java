package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.config.ConfigException;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.config.ConfigProblems;
import com.portaldesk.delivery.DeliveryForm;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.delivery.OAuthMail;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.testutil.QueuedWork;
import com.portaldesk.ui.common.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The delivery form's logic with a fake control: no FX toolkit, no database, no provider. */
@Tag("plain")
class DeliverySettingsViewModelTest {
    private static final class FakeControl implements DeliveryControl {
        DeliveryForm stored = new DeliveryForm(
                "outbox", "outbox", "", "", "", "", true, "", "587", "starttls", "", "", false, "", "");
        final List<DeliveryForm> saves = new ArrayList<>();
        RuntimeException refusal;
        DeliveryResult testAnswer = DeliveryResult.accepted("outbox", Outbox.KEPT);

        @Override
        public DeliveryForm current() {
            return stored;
        }

        @Override
        public String save(DeliveryForm form, String actor, String terminal) {
            if (refusal != null) {
                throw refusal;
            }
            saves.add(form);
            stored = form;
            return "Texts by Twilio";
        }

        @Override
        public DeliveryResult testSms(String to, String actor, String terminal) {
            return testAnswer;
        }

        @Override
        public DeliveryResult testEmail(String to, String actor, String terminal) {
            return testAnswer;
        }

        @Override
        public String mode() {
            return "Outbox (demonstration: nothing is delivered)";
        }

        @Override
        public boolean demonstration() {
            return true;
        }

        @Override
        public Optional<String> passwordWarning() {
            return Optional.empty();
        }
    }

    private final FakeControl control = new FakeControl();
    private final DeliverySettingsViewModel model =
            new DeliverySettingsViewModel(control, Work.direct(), () -> "ann", "desk-1");

    @Test
    void aRefusalNamingAKey_isSaidBesideThatField_inTheScreensWords_andNothingIsSaved() {
        model.load();
        assertThat(model.tokenPromptProperty().get()).isEqualTo("•••• stored (type to replace)");
        assertThat(model.hasUnsavedChanges()).isFalse();
        model.smsProviderProperty().set("twilio");
        assertThat(model.hasUnsavedChanges()).isTrue();
        control.refusal = new ConfigException(
                "Key 'twilio.account-sid' must be set when sms.provider=twilio. "
                        + "Accepted: AC followed by 32 hex digits.",
                ConfigKey.TWILIO_ACCOUNT_SID);
        model.save();
        assertThat(model.error(ConfigKey.TWILIO_ACCOUNT_SID).get())
                .startsWith("Type the account SID")
                .doesNotContain("twilio.account-sid");
        assertThat(model.refusedFieldProperty().get()).isEqualTo(ConfigKey.TWILIO_ACCOUNT_SID);
        assertThat(model.statusProperty().get())
                .isEqualTo("Not saved: fix the field marked in red. Nothing was " + "changed.");
        assertThat(control.saves).isEmpty();
        assertThat(model.hasUnsavedChanges()).as("what was typed is kept").isTrue();
    }

    @Test
    void severalRefusals_areEachSaidBesideTheirField_atOnce() {
        model.load();
        model.smsProviderProperty().set("twilio");
        control.refusal = new ConfigProblems(List.of(
                new ConfigException("Bad value for key 'twilio.account-sid'.", ConfigKey.TWILIO_ACCOUNT_SID),
                new ConfigException("Bad value for key 'smtp.from-address'.", ConfigKey.SMTP_FROM_ADDRESS),
                new ConfigException("The twilio.api-base-url is http to another computer.")));
        model.save();
        assertThat(model.error(ConfigKey.TWILIO_ACCOUNT_SID).get()).startsWith("Type the account SID");
        assertThat(model.error(ConfigKey.SMTP_FROM_ADDRESS).get()).startsWith("Type the address emails come from");
        assertThat(model.refusedFieldProperty().get()).isEqualTo(ConfigKey.TWILIO_ACCOUNT_SID);
        assertThat(model.statusProperty().get())
                .isEqualTo("Not saved: The twilio.api-base-url is http to another "
                        + "computer. Also fix the fields marked in red. Nothing was changed.");
        assertThat(control.saves).isEmpty();
    }

    @Test
    void aGoodSave_clearsTheErrorsAndTheTypedSecret_andReloads() {
        model.load();
        model.smsProviderProperty().set("twilio");
        model.value(ConfigKey.TWILIO_AUTH_TOKEN).set("a new token");
        model.save();
        assertThat(control.saves).singleElement().satisfies(f -> {
            assertThat(f.smsProvider()).isEqualTo("twilio");
            assertThat(f.twilioAuthToken()).isEqualTo("a new token");
        });
        assertThat(model.value(ConfigKey.TWILIO_AUTH_TOKEN).get()).isEmpty();
        assertThat(model.hasUnsavedChanges()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Live now: Outbox (demonstration: nothing is delivered)");
    }

    @Test
    void whatIsTypedWhileTheSettingsAreBeingReadAgain_isKept_andLeavingStillAsks() {
        QueuedWork later = new QueuedWork();
        DeliverySettingsViewModel slow = new DeliverySettingsViewModel(control, later, () -> "ann", "desk-1");
        slow.load();
        later.runAll();
        slow.load(); // the section is shown again: read again, answer still on its way
        slow.value(ConfigKey.SMTP_HOST).set("smtp.example.com");
        later.runAll();
        assertThat(slow.value(ConfigKey.SMTP_HOST).get()).isEqualTo("smtp.example.com");
        assertThat(slow.hasUnsavedChanges()).isTrue();
        slow.save(); // what was typed is saved, then read back: nothing is left unsaved
        later.runAll();
        assertThat(control.saves)
                .singleElement()
                .satisfies(f -> assertThat(f.smtpHost()).isEqualTo("smtp.example.com"));
        assertThat(slow.hasUnsavedChanges()).isFalse();
        assertThat(slow.statusProperty().get()).startsWith("Live now: ");
    }

    @Test
    void aTestSendInDemonstrationMode_isNeverCalledSent() {
        model.testSms("(415) 555-0123");
        assertThat(model.testResultProperty().get())
                .startsWith("Kept in the outbox, not delivered")
                .doesNotContainIgnoringCase("sent");
        control.testAnswer = DeliveryResult.failed("21610", "The number has opted out (STOP).");
        model.testEmail("you@example.com");
        assertThat(model.testResultProperty().get()).isEqualTo("✖ Not sent: The number has opted out (STOP). [21610]");
    }

    @Test
    void smtpToExchangeOnline_isWarnedAbout_whileItIsChosen() {
        model.load();
        assertThat(model.passwordWarningProperty().get()).isEmpty();
        model.emailProviderProperty().set("smtp");
        model.value(ConfigKey.SMTP_HOST).set("mail.yourfirm.com");
        assertThat(model.passwordWarningProperty().get()).isEmpty();
        model.value(ConfigKey.SMTP_HOST).set("smtp.office365.com");
        assertThat(model.passwordWarningProperty().get()).contains("5.7.30").contains("Microsoft 365 (no password)");
        model.emailProviderProperty().set("microsoft365");
        assertThat(model.passwordWarningProperty().get()).isEmpty();
    }

    @Test
    void microsoft365_isSavedWithItsOwnFields_andAStoredSecretIsNeverShown() {
        control.stored = new DeliveryForm(
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
                "",
                new OAuthMail(
                        "contoso.onmicrosoft.com",
                        "1b2c3d4e-0000-4000-8000-000000000001",
                        "",
                        true,
                        "portal@contoso.com",
                        "",
                        ""));
        model.load();
        assertThat(model.value(ConfigKey.M365_CLIENT_SECRET).get()).isEmpty();
        assertThat(model.clientSecretPromptProperty().get()).isEqualTo("•••• stored (type to replace)");
        assertThat(model.value(ConfigKey.M365_TENANT_ID).get()).isEqualTo("contoso.onmicrosoft.com");
        model.value(ConfigKey.M365_MAILBOX).set("codes@contoso.com");
        model.save();
        assertThat(control.saves).singleElement().satisfies(f -> {
            assertThat(f.emailProvider()).isEqualTo("microsoft365");
            assertThat(f.oauth().m365Mailbox()).isEqualTo("codes@contoso.com");
            assertThat(f.oauth().m365ClientSecret())
                    .as("blank: the stored one stays")
                    .isEmpty();
        });
    }

    @Test
    void aMissingTenant_isSaidBesideItsField_inTheScreensWords() {
        model.load();
        model.emailProviderProperty().set("microsoft365");
        control.refusal = new ConfigException(
                "Key 'microsoft365.tenant-id' must be set when " + "email.provider=microsoft365.",
                ConfigKey.M365_TENANT_ID);
        model.save();
        assertThat(model.error(ConfigKey.M365_TENANT_ID).get())
                .startsWith("Type the Directory (tenant) ID")
                .doesNotContain("microsoft365.tenant-id");
        assertThat(model.refusedFieldProperty().get()).isEqualTo(ConfigKey.M365_TENANT_ID);
    }
}
