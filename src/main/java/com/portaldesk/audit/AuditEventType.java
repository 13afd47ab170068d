package com.portaldesk.audit;

/** What happened. Together with {@link AuditReason} it says why. */
public enum AuditEventType {
    CHALLENGE_STARTED,
    CODE_SENT,
    CODE_RESENT,
    SEND_REFUSED,
    DELIVERY_FAILED,
    CHECK_FAILED,
    CHECK_APPROVED,
    IDENTITY_LOCKED,
    IDENTITY_UNLOCKED,
    SESSION_STARTED,
    SESSION_ENDED,
    POLICY_CHANGED,
    FIRM_SET_UP,
    STAFF_SIGNED_IN,
    STAFF_SIGN_IN_FAILED,
    STAFF_LOCKED,
    STAFF_SIGNED_OUT,
    STAFF_MFA_ENROLLED,
    STAFF_MFA_RESET,
    STAFF_ACCOUNT_CHANGED
}
