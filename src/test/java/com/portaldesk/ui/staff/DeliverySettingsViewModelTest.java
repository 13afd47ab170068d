package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.config.ConfigException;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.delivery.DeliveryForm;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.ui.common.Work;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delivery form's logic with a fake control: no FX toolkit, no database, no provider. */
class DeliverySettingsViewModelTest {
    private static final class FakeControl implements DeliveryControl {
        DeliveryForm stored = new DeliveryForm("outbox", "outbox", "", "", "", "", true, "", "587", "starttls", "", "",
                false, "", "");
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
    }

    private final FakeControl control = new FakeControl();
    private final DeliverySettingsViewModel model = new DeliverySettingsViewModel(control, Work.direct(),
            () -> "ann", "desk-1");

    @Test
    void aRefusalNamingAKey_isSaidBesideThatField_inTheScreensWords_andNothingIsSaved() {
        model.load();
        assertThat(model.tokenPromptProperty().get()).isEqualTo("•••• stored (type to replace)");
        assertThat(model.hasUnsavedChanges()).isFalse();
        model.smsProviderProperty().set("twilio");
        assertThat(model.hasUnsavedChanges()).isTrue();
        control.refusal = new ConfigException("Key 'twilio.account-sid' must be set when sms.provider=twilio. "
                + "Accepted: AC followed by 32 hex digits.", ConfigKey.TWILIO_ACCOUNT_SID);
        model.save();
        assertThat(model.error(ConfigKey.TWILIO_ACCOUNT_SID).get()).startsWith("Type the account SID")
                .doesNotContain("twilio.account-sid");
        assertThat(model.refusedFieldProperty().get()).isEqualTo(ConfigKey.TWILIO_ACCOUNT_SID);
        assertThat(model.statusProperty().get()).isEqualTo("Not saved: fix the field marked in red. Nothing was "
                + "changed.");
        assertThat(control.saves).isEmpty();
        assertThat(model.hasUnsavedChanges()).as("what was typed is kept").isTrue();
    }

    @Test
    void severalRefusals_areEachSaidBesideTheirField_atOnce() {
        model.load();
        model.smsProviderProperty().set("twilio");
        control.refusal = new com.portaldesk.config.ConfigProblems(java.util.List.of(
                new ConfigException("Bad value for key 'twilio.account-sid'.", ConfigKey.TWILIO_ACCOUNT_SID),
                new ConfigException("Bad value for key 'smtp.from-address'.", ConfigKey.SMTP_FROM_ADDRESS),
                new ConfigException("The twilio.api-base-url is http to another computer.")));
        model.save();
        assertThat(model.error(ConfigKey.TWILIO_ACCOUNT_SID).get()).startsWith("Type the account SID");
        assertThat(model.error(ConfigKey.SMTP_FROM_ADDRESS).get()).startsWith("Type the address emails come from");
        assertThat(model.refusedFieldProperty().get()).isEqualTo(ConfigKey.TWILIO_ACCOUNT_SID);
        assertThat(model.statusProperty().get()).isEqualTo("Not saved: The twilio.api-base-url is http to another "
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
    void aTestSendInDemonstrationMode_isNeverCalledSent() {
        model.testSms("(415) 555-0123");
        assertThat(model.testResultProperty().get()).startsWith("Kept in the outbox, not delivered")
                .doesNotContainIgnoringCase("sent");
        control.testAnswer = DeliveryResult.failed("21610", "The number has opted out (STOP).");
        model.testEmail("you@example.com");
        assertThat(model.testResultProperty().get()).isEqualTo("✖ Not sent: The number has opted out (STOP). [21610]");
    }
}
