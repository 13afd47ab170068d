package com.portaldesk.delivery;

import com.portaldesk.contacts.Channel;
import java.time.Duration;

/**
 * One code to deliver. The sender words it for its channel. {@link #toString()} leaves out the code and the
 * full destination, so a message logged by mistake gives nothing away.
 */
public record CodeMessage(Channel channel, String destination, String destinationMasked, String code,
                          Duration lifetime, String firmName, String recipientFirstName) {

    @Override
    public String toString() {
        return "CodeMessage[" + channel + " to " + destinationMasked + "]";
    }
}
