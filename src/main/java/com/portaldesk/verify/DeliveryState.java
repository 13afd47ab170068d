package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;

/** What the kiosk may tell a client about the newest code while they wait for it. */
public enum DeliveryState {
    /** Still being handed to the provider. */
    SENDING,
    /** Handed over (or, for a decoy, pretended to be). */
    SENT,
    /** The text failed and a fresh code went by email instead. */
    SENT_BY_EMAIL_INSTEAD,
    /** The text failed and there is no way to email a code: the client should ask the front desk. */
    NO_FALLBACK;

    static DeliveryState of(String stored, Channel channel, int sendCount) {
        if (NO_FALLBACK.name().equals(stored)) {
            return NO_FALLBACK;
        }
        if ("QUEUED".equals(stored)) {
            return SENDING;
        }
        if ("FAILED".equals(stored)) {
            return channel == Channel.SMS ? SENDING : NO_FALLBACK;
        }
        return channel == Channel.EMAIL && sendCount > 1 ? SENT_BY_EMAIL_INSTEAD : SENT;
    }
}
