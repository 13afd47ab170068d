package com.portaldesk.delivery;

import com.portaldesk.config.TwilioSettings;
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
 * Text messages through Twilio's Messages API. After the message is accepted, its status is polled for a
 * short while (off the UI thread, on the delivery worker), so "failed" and "undelivered" reach the engine,
 * which then sends the code by email.
 */
public final class TwilioSmsSender implements CodeSender {
    private static final Logger LOG = LoggerFactory.getLogger(TwilioSmsSender.class);
    private static final Set<Message.Status> FINAL_FAILURE = EnumSet.of(Message.Status.FAILED,
            Message.Status.UNDELIVERED, Message.Status.CANCELED);
    private static final Set<Message.Status> DELIVERED = EnumSet.of(Message.Status.DELIVERED, Message.Status.READ);

    private final TwilioSettings settings;
    private final TwilioRestClient client;
    private final Duration pollEvery;

    public TwilioSmsSender(TwilioSettings settings) {
        this(settings, Duration.ofSeconds(2));
    }

    TwilioSmsSender(TwilioSettings settings, Duration pollEvery) {
        this.settings = settings;
        this.pollEvery = pollEvery;
        this.client = new TwilioRestClient.Builder(settings.username(), settings.password())
                .accountSid(settings.accountSid())
                .httpClient(new BaseUrlHttpClient(settings.apiBaseUrl(), settings.connectTimeout(), settings.readTimeout()))
                .build();
    }

    @Override
    public DeliveryResult send(CodeMessage message) {
        return sendText(message.destination(), CodeTexts.sms(message), message.destinationMasked());
    }

    @Override
    public DeliveryResult sendTest(String destination, String firmName) {
        return sendText(destination, CodeTexts.test(firmName), destination);
    }

    /** Sends a text and watches it for failure. */
    private DeliveryResult sendText(String toE164, String body, String maskedTo) {
        Message created;
        try {
            PhoneNumber to = new PhoneNumber(toE164);
            created = (settings.fromNumber().isEmpty()
                    ? Message.creator(to, settings.messagingServiceSid(), body)
                    : Message.creator(to, new PhoneNumber(settings.fromNumber()), body)).create(client);
        } catch (ApiException e) {
            LOG.warn("Twilio refused a text to {}: code {}, HTTP {}", maskedTo, e.getCode(), e.getStatusCode());
            return TwilioFailures.of(e);
        } catch (ApiConnectionException e) {
            LOG.warn("Twilio could not be reached for a text to {}: {}", maskedTo, e.getClass().getSimpleName());
            return TwilioFailures.of(e);
        }
        if (created.getStatus() != null && FINAL_FAILURE.contains(created.getStatus())) {
            return TwilioFailures.undelivered(created.getErrorCode(), created.getStatus().toString());
        }
        return watch(created.getSid(), maskedTo);
    }

    /** Polls until delivered, failed or the poll window ends; a text still on its way counts as sent. */
    private DeliveryResult watch(String sid, String maskedTo) {
        long deadline = System.nanoTime() + settings.statusPoll().toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(pollEvery.toMillis());
                Message current = Message.fetcher(sid).fetch(client);
                if (current.getStatus() != null && FINAL_FAILURE.contains(current.getStatus())) {
                    LOG.warn("Twilio reports the text {} to {} as {} (error {})", sid, maskedTo, current.getStatus(),
                            current.getErrorCode());
                    return TwilioFailures.undelivered(current.getErrorCode(), current.getStatus().toString());
                }
                if (current.getStatus() != null && DELIVERED.contains(current.getStatus())) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ApiException | ApiConnectionException e) {
                LOG.info("Could not check the status of text {}: {}", sid, e.getClass().getSimpleName());
                break;
            }
        }
        return DeliveryResult.sent(sid);
    }

    @Override
    public String describe() {
        return "Twilio (" + (settings.fromNumber().isEmpty() ? "messaging service" : settings.fromNumber()) + ")";
    }
}
