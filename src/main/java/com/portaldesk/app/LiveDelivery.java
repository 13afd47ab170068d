package com.portaldesk.app;

import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.Email;
import com.portaldesk.contacts.PhoneNumber;
import com.portaldesk.delivery.ChannelRouter;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.delivery.DeliveryCredentials;
import com.portaldesk.delivery.DeliveryForm;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.delivery.DeliverySettingsService;
import com.portaldesk.delivery.ExchangePasswordWarning;
import com.portaldesk.delivery.Outbox;
import com.portaldesk.delivery.SmtpEmailSender;
import com.portaldesk.delivery.TwilioSmsSender;
import com.portaldesk.ui.staff.DeliveryControl;
import com.portaldesk.verify.TestMessages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * How codes go out now: senders built from config.properties with the settings saved in the staff app laid over
 * it, switched at once when an admin saves new ones (every sender holder keeps the same {@link ChannelRouter}).
 */
final class LiveDelivery {
    private final AppConfig base;
    private final DeliverySettingsService settings;
    private final Outbox outbox;
    private final Clock clock;
    private final ChannelRouter senders;
    /** The configuration the senders were last built from. */
    private volatile AppConfig live;

    LiveDelivery(AppConfig base, DeliverySettingsService settings, Outbox outbox, Clock clock) {
        this.base = base;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
        this.live = settings.apply(base);
        this.senders = new ChannelRouter(smsSender(live), emailSender(live));
    }

    ChannelRouter senders() {
        return senders;
    }

    /** Where the live settings come from, for `delivery status`. */
    String source() {
        // Saved settings are laid over the file's delivery keys as a whole: a firm editing the file must know.
        return settings.savedAt()
                .map(at -> "Settings: saved in the staff app (Settings > Delivery settings) on "
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(at.atZone(ZoneOffset.UTC))
                        + "; they take the place of the delivery keys in config.properties.")
                .orElse("Settings: from config.properties and the environment (none saved in the staff app).");
    }

    /** The live mail path's credentials: a certificate's end date, what cannot be known, the password warning. */
    List<String> credentialNotes() {
        return DeliveryCredentials.notes(live, clock);
    }

    /** The delivery settings screen's handle; its test messages go through {@code tests}, within their budgets. */
    DeliveryControl control(TestMessages tests) {
        return new DeliveryControl() {
            @Override
            public DeliveryForm current() {
                return settings.saved().orElse(DeliveryForm.defaults());
            }

            @Override
            public String save(DeliveryForm form, String actor, String terminal) {
                AppConfig now = settings.save(form, base, actor, terminal);
                senders.replace(smsSender(now), emailSender(now));
                live = now;
                return senders.describe();
            }

            @Override
            public DeliveryResult testSms(String to, String actor, String terminal) {
                return tests.sms(PhoneNumber.parse(to, base.phoneDefaultRegion()), actor, terminal);
            }

            @Override
            public DeliveryResult testEmail(String to, String actor, String terminal) {
                return tests.email(new Email(to), actor, terminal);
            }

            @Override
            public String mode() {
                return senders.describe();
            }

            @Override
            public boolean demonstration() {
                return senders.demonstration();
            }

            @Override
            public Optional<String> passwordWarning() {
                return ExchangePasswordWarning.about(live);
            }
        };
    }

    private CodeSender smsSender(AppConfig effective) {
        return effective.twilio().<CodeSender>map(TwilioSmsSender::new).orElse(outbox);
    }

    private CodeSender emailSender(AppConfig effective) {
        return effective
                .smtp()
                .<CodeSender>map(SmtpEmailSender::new)
                .or(() -> effective.microsoft365().map(SmtpEmailSender::microsoft365))
                .or(() -> effective.google().map(SmtpEmailSender::google))
                .orElse(outbox);
    }
}
