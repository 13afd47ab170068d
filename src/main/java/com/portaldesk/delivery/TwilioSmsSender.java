package com.portaldesk.delivery;

import com.portaldesk.config.TwilioSettings;
import com.portaldesk.contacts.Channel;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text messages through Twilio's Messages API: {@link #send} creates the message, {@link #status} fetches it
 * again. The delivery worker asks for the status for {@code twilio.status-poll-seconds} after Twilio accepted a
 * text, so "failed" and "undelivered" reach the engine, which then sends the code by email.
 */
public final class TwilioSmsSender implements CodeSender {
    private static final Logger LOG = LoggerFactory.getLogger(TwilioSmsSender.class);
    private static final Set<Message.Status> FINAL_FAILURE =
            EnumSet.of(Message.Status.FAILED, Message.Status.UNDELIVERED, Message.Status.CANCELED);
    private static final Set<Message.Status> DELIVERED = EnumSet.of(Message.Status.DELIVERED, Message.Status.READ);

    private final TwilioSettings settings;
    private final TwilioRestClient client;

    public TwilioSmsSender(TwilioSettings settings) {
        this.settings = settings;
        this.client = new TwilioRestClient.Builder(settings.username(), settings.password())
                .accountSid(settings.accountSid())
                .httpClient(
                        new BaseUrlHttpClient(settings.apiBaseUrl(), settings.connectTimeout(), settings.readTimeout()))
                .build();
    }

    @Override
    public DeliveryResult send(CodeMessage message) {
        return sendText(message.destination(), CodeTexts.sms(message), message.destinationMasked());
    }

    @Override
    public DeliveryResult sendTest(String destination, String firmName) {
        // The log gets the number as every list shows it, never whole (a log is not a place for client data).
        return sendText(
                destination,
                CodeTexts.test(firmName),
                "•••" + destination.substring(Math.max(0, destination.length() - 2)));
    }

    private DeliveryResult sendText(String toE164, String body, String maskedTo) {
        Message created;
        try {
            PhoneNumber to = new PhoneNumber(toE164);
            created = (settings.fromNumber().isEmpty()
                            ? Message.creator(to, settings.messagingServiceSid(), body)
                            : Message.creator(to, new PhoneNumber(settings.fromNumber()), body))
                    .create(client);
        } catch (ApiException e) {
            DeliveryResult failure = TwilioFailures.of(e);
            LOG.warn(
                    "Twilio did not take a text to {}: {} (HTTP {})",
                    maskedTo,
                    failure.failureCode(),
                    e.getStatusCode(),
                    e);
            return failure;
        } catch (ApiConnectionException e) {
            LOG.warn(
                    "Twilio could not be reached for a text to {}: {}",
                    maskedTo,
                    e.getClass().getSimpleName(),
                    e);
            return TwilioFailures.of(e);
        }
        if (created.getStatus() != null && FINAL_FAILURE.contains(created.getStatus())) {
            return TwilioFailures.undelivered(
                    created.getErrorCode(), created.getStatus().toString());
        }
        return DeliveryResult.accepted(created.getSid(), "Accepted by Twilio (" + created.getSid() + ")");
    }

    /** Fetches the text again: delivered, failed after all, or still on its way (also when Twilio cannot say now). */
    @Override
    public DeliveryResult status(Channel channel, String sid) {
        try {
            Message current = Message.fetcher(sid).fetch(client);
            if (current.getStatus() != null && FINAL_FAILURE.contains(current.getStatus())) {
                LOG.warn(
                        "Twilio reports the text {} as {} (error {})",
                        sid,
                        current.getStatus(),
                        current.getErrorCode());
                return TwilioFailures.undelivered(
                        current.getErrorCode(), current.getStatus().toString());
            }
            if (current.getStatus() != null && DELIVERED.contains(current.getStatus())) {
                return DeliveryResult.delivered(sid);
            }
        } catch (ApiException | ApiConnectionException e) {
            LOG.info(
                    "Could not check the status of text {}: {}",
                    sid,
                    e.getClass().getSimpleName(),
                    e);
        }
        return DeliveryResult.accepted(sid, "");
    }

    @Override
    public Duration watchWindow(Channel channel) {
        return settings.statusPoll();
    }

    @Override
    public String describe() {
        // Which sender is live: a Messaging Service (where registration for US texting is attached) or one number.
        return "Twilio ("
                + (settings.fromNumber().isEmpty()
                        ? "Messaging Service " + settings.messagingServiceSid()
                        : "from " + settings.fromNumber())
                + ")";
    }
}
