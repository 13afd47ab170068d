package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ResourceBundle;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The code step's state: the challenge, the channel the code went by, and the countdown until a resend. */
final class CodeStep {
    private final Clock clock;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty resendLabel = new SimpleStringProperty("");
    private final BooleanProperty resendAllowed = new SimpleBooleanProperty(false);
    private UUID challenge;
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private Instant resendAt = Instant.MIN;

    CodeStep(Clock clock) {
        this.clock = clock;
    }

    /** The client asked for a code by this channel (null: the same channel as before). */
    void asked(Channel wanted) {
        if (wanted != null) {
            channel.set(wanted);
        }
    }

    /** The engine answered "sent" (real or decoy alike): a fresh code field and a fresh countdown. */
    void sent(UUID challengeId, long resendInSeconds) {
        challenge = challengeId;
        code.set("");
        resendAt = clock.instant().plusSeconds(resendInSeconds);
    }

    UUID challenge() {
        return challenge;
    }

    Channel channel() {
        return channel.get();
    }

    /** The channel the code went by as far as the kiosk knows; null before the first code and after a wipe. */
    ReadOnlyObjectProperty<Channel> channelProperty() {
        return channel;
    }

    /** Whether a text message is what the client is waiting for (so its delivery is worth watching). */
    boolean waitingForText() {
        return challenge != null && channel.get() == Channel.SMS;
    }

    /** Every second: the countdown label, and whether Resend may be pressed on the showing code step. */
    void tick(boolean showing, ResourceBundle texts) {
        long wait = Duration.between(clock.instant(), resendAt).toSeconds();
        resendAllowed.set(showing && wait <= 0);
        resendLabel.set(wait > 0 ? MessageFormat.format(texts.getString("button.resendIn"), wait)
                : texts.getString("button.resend"));
    }

    void clear() {
        code.set("");
        resendLabel.set("");
        resendAllowed.set(false);
        challenge = null;
        channel.set(null);
        resendAt = Instant.MIN;
    }

    StringProperty code() {
        return code;
    }

    StringProperty resendLabel() {
        return resendLabel;
    }

    BooleanProperty resendAllowed() {
        return resendAllowed;
    }
}
