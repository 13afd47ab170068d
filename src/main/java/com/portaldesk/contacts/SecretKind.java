package com.portaldesk.contacts;

/** What the encrypted secret of a contact holds. */
public enum SecretKind {
    NONE,
    FULL_SSN,
    SSN_LAST4,
    PIN
}
