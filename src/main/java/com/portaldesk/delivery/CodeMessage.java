package com.portaldesk.delivery;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import java.time.Duration;

/**
 * One code to deliver, in the client's language. The sender words it for its channel. {@link #toString()}
 * leaves out the code and the full destination, so a message logged by mistake gives nothing away.
 */
public record CodeMessage(
        Channel channel,
        String destination,
        String destinationMasked,
        String code,
        Duration lifetime,
        String firmName,
        String firmPhone,
        String recipientFirstName,
        Language language) {

    @Override
    public String toString() {
        return "CodeMessage[" + channel + " to " + destinationMasked + "]";
    }
}
