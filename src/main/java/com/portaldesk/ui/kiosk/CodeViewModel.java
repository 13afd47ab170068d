package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.ClientAnswer;
import com.portaldesk.verify.ClientStatus;
import com.portaldesk.verify.DeliveryState;
import com.portaldesk.verify.StartResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The code step: the challenge, the channel the code went by, the countdown until a resend, the switch to the
 * other channel, and what to tell the client when a text could not be delivered.
 */
final class CodeViewModel {
    private final ClientCodes codes;
    private final Visit visit;
    private final Clock clock;
    private final StringProperty code = new SimpleStringProperty("");
    private final LongProperty resendIn = new SimpleLongProperty(0);
    private final BooleanProperty resendAllowed = new SimpleBooleanProperty(false);
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectBinding<Channel> otherChannel;
    private UUID challenge;
    private Instant resendAt = Instant.MIN;

    CodeViewModel(
            ClientCodes codes,
            Visit visit,
            Clock clock,
            ReadOnlyBooleanProperty smsEnabled,
            ReadOnlyBooleanProperty emailEnabled) {
        this.codes = codes;
        this.visit = visit;
        this.clock = clock;
        this.otherChannel = Bindings.createObjectBinding(
                () -> {
                    Channel current = channel.get();
                    if (current == Channel.SMS && emailEnabled.get()) {
                        return Channel.EMAIL;
                    }
                    return current == Channel.EMAIL && smsEnabled.get() ? Channel.SMS : null;
                },
                channel,
                smsEnabled,
                emailEnabled);
        code.addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                visit.warn(null);
            }
        });
    }

    /**
     * The engine answered a request for a code by {@code asked}: "sent" (real or decoy alike) moves the client to
     * this step with a fresh field and countdown; anything else is said as an error where they are.
     */
    void started(Channel asked, StartResult result) {
        if (result.status() != ClientStatus.CODE_SENT) {
            warn(result.answer());
            return;
        }
        channel.set(asked);
        challenge = result.challengeId();
        code.set("");
        resendAt = clock.instant().plusSeconds(result.resendInSeconds());
        visit.say(result.answer().key(), result.answer().args().toArray());
        visit.go(Step.CODE);
        tick(true);
    }

    void submit() {
        visit.activity();
        String typed = code.get();
        UUID id = challenge;
        visit.warn(null);
        visit.run(
                KioskKey.BUSY_CHECKING.key(),
                () -> codes.check(id, typed),
                this::checked,
                late -> late.session().ifPresent(visit::abandoned));
    }

    private void checked(CheckResult result) {
        code.set("");
        if (result.status() == ClientStatus.APPROVED) {
            visit.signedIn(result.session().orElseThrow());
        } else {
            warn(result.answer());
        }
    }

    /** The engine's own answer, from the one catalogue of them (verify/answers.properties). */
    private void warn(ClientAnswer answer) {
        visit.warn(answer.key(), answer.args().toArray());
    }

    /** A new code by the channel the last one went by, as far as the kiosk knows. */
    void resend() {
        resendBy(channel.get());
    }

    /** A new code by the other channel: email after a text, a text after an email (where the policy allows). */
    void switchChannel() {
        Channel other = otherChannel.get();
        if (other != null) {
            resendBy(other);
        }
    }

    private void resendBy(Channel wanted) {
        visit.activity();
        UUID id = challenge;
        visit.run(KioskKey.CODE_SENDING.key(), () -> codes.resend(id, wanted), result -> started(wanted, result));
    }

    /** While a text is awaited: a plain next step if it failed (a code went by email instead, or the front desk). */
    void checkDelivery() {
        if (challenge == null || channel.get() != Channel.SMS) {
            return;
        }
        UUID id = challenge;
        visit.quietly(
                () -> codes.deliveryState(id),
                state -> {
                    if (state == DeliveryState.SENT_BY_EMAIL_INSTEAD) {
                        channel.set(Channel.EMAIL); // a new code should go where this one went
                        visit.say(KioskKey.CODE_EMAIL_INSTEAD.key());
                    } else if (state == DeliveryState.NO_FALLBACK) {
                        visit.say(KioskKey.CODE_ASK_DESK.key());
                    }
                },
                () -> {});
    }

    void startOver() {
        visit.startOver();
    }

    /** Every second: the countdown, and whether a new code may be asked for on the showing code step. */
    void tick(boolean showing) {
        long wait = Math.max(0, Duration.between(clock.instant(), resendAt).toSeconds());
        resendIn.set(wait);
        resendAllowed.set(showing && wait == 0);
    }

    void clear() {
        code.set("");
        resendIn.set(0);
        resendAllowed.set(false);
        challenge = null;
        channel.set(null);
        resendAt = Instant.MIN;
    }

    StringProperty code() {
        return code;
    }

    /** Seconds until a new code may be asked for; 0 when it may be now. */
    LongProperty resendIn() {
        return resendIn;
    }

    BooleanProperty resendAllowed() {
        return resendAllowed;
    }

    /** The channel the code went by as far as the kiosk knows; null before the first code and after a wipe. */
    ReadOnlyObjectProperty<Channel> channel() {
        return channel;
    }

    /** The channel the client may switch to, each only where the policy allows it; null when there is none. */
    ObjectBinding<Channel> otherChannel() {
        return otherChannel;
    }

    UUID challenge() {
        return challenge;
    }
}
