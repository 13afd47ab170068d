package com.portaldesk.verify;

/** What the client is told, never why. */
public enum ClientStatus {
    CODE_SENT,
    TRY_LATER,
    INVALID_INPUT,
    START_AGAIN,
    APPROVED,
    INVALID,
    EXPIRED,
    TOO_MANY_ATTEMPTS,
    LOCKED
}
