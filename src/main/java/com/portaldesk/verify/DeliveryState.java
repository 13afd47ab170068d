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

    static DeliveryState of(CodeStanding stored, Channel channel, boolean byEmailInstead) {
        return switch (stored) {
            case NO_FALLBACK -> NO_FALLBACK;
            case QUEUED -> SENDING;
            case FAILED -> channel == Channel.SMS ? SENDING : NO_FALLBACK;
            case SENT -> channel == Channel.EMAIL && byEmailInstead ? SENT_BY_EMAIL_INSTEAD : SENT;
        };
    }
}
