package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;

/** What the kiosk may tell a client about the newest code while they wait for it. */
public enum DeliveryState {
    /** Still being handed to the provider. */
    SENDING,
    /** Accepted by the provider (or, for a decoy, pretended to be). */
    SENT,
    /** A text was not possible or failed, and the mail server accepted a fresh code by email instead. */
    SENT_BY_EMAIL_INSTEAD,
    /** The text failed and there is no way to email a code: the client should ask the front desk. */
    NO_FALLBACK;

    static DeliveryState of(String stored, Channel channel, boolean byEmailInstead) {
        if (NO_FALLBACK.name().equals(stored)) {
            return NO_FALLBACK;
        }
        if ("QUEUED".equals(stored)) {
            return SENDING;
        }
        if ("FAILED".equals(stored)) {
            return channel == Channel.SMS ? SENDING : NO_FALLBACK;
        }
        return channel == Channel.EMAIL && byEmailInstead ? SENT_BY_EMAIL_INSTEAD : SENT;
    }
}
