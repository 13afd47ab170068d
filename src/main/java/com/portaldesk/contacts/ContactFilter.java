package com.portaldesk.contacts;

/**
 * The filters a front desk uses on the contacts list. Each reason a contact is not ready for portal sign-in
 * (see {@link PortalReadiness}) is a filter of its own, so staff can work through one kind of problem at a time.
 * {@link #LOCKED} is answered by the caller with the ids of locked contacts (locks live with the verification
 * engine, keyed by a hash of the email).
 */
public enum ContactFilter {
    EVERYONE("Everyone", null),
    NOT_READY("Not ready for the portal (any reason)",
            "(c.archived = true or c.portalAccess = false or c.email is null"
                    + " or c.secretKind = com.portaldesk.contacts.SecretKind.NONE"
                    + " or (c.preferredChannel = com.portaldesk.contacts.Channel.SMS and c.mobileE164 is null))"),
    PORTAL_OFF("Not ready: portal access off", "c.portalAccess = false"),
    NO_EMAIL("Not ready: no email address", "c.email is null"),
    NO_SECRET("Not ready: no SSN last four or PIN", "c.secretKind = com.portaldesk.contacts.SecretKind.NONE"),
    TEXTS_WITHOUT_MOBILE("Not ready: prefers texts, no mobile",
            "(c.preferredChannel = com.portaldesk.contacts.Channel.SMS and c.mobileE164 is null)"),
    NO_MOBILE("No mobile number", "c.mobileE164 is null"),
    LOCKED("Sign-in locked", null);

    private final String label;
    private final String condition;

    ContactFilter(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    /** The JPQL condition over {@code c} (a Contact), or null when the filter adds none of its own. */
    String condition() {
        return condition;
    }
}
