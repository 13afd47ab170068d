package com.portaldesk.audit;

/** The real reason behind a decision, for staff. Clients never see these. */
public enum AuditReason {
    MATCH,
    UNKNOWN_EMAIL,
    SSN_MISMATCH,
    PORTAL_DISABLED,
    ARCHIVED,
    LOCKED,
    NO_DESTINATION,
    SMS_COUNTRY_NOT_ALLOWED,
    CHANNEL_DISABLED,
    CODE_INVALID,
    CODE_EXPIRED,
    TOO_MANY_ATTEMPTS,
    NOT_PENDING,
    DELIVERY_FAILED,
    COOLDOWN,
    RATE_LIMIT_IDENTITY,
    RATE_LIMIT_TERMINAL,
    RATE_LIMIT_FIRM_SMS,
    THRESHOLD_REACHED,
    STAFF_UNLOCK,
    SIGNED_OUT,
    IDLE_TIMEOUT,
    SESSION_EXPIRED,
    SETTINGS_SAVED,
    OK
}
