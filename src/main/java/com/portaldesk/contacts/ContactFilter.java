package com.portaldesk.contacts;

import java.util.function.Predicate;

/**
 * The filters a front desk uses on the contacts list. Each reason a contact is not ready for portal sign-in
 * (see {@link PortalReadiness}) is a filter of its own, so staff can work through one kind of problem at a time.
 * {@link #LOCKED} is answered by the caller with the ids of locked contacts (locks live with the verification
 * engine, keyed by a hash of the email).
 */
public enum ContactFilter {
    EVERYONE("Everyone", null, c -> true),
    NOT_READY(
            "Not ready for the portal (any reason)",
            "(c.archived = true or c.portalAccess = false or c.email is null"
                    + " or c.secretKind = com.portaldesk.contacts.SecretKind.NONE"
                    + " or (c.preferredChannel = com.portaldesk.contacts.Channel.SMS and c.mobileE164 is null))",
            c -> c.archived()
                    || !c.portalAccess()
                    || c.email() == null
                    || c.secretKind() == SecretKind.NONE
                    || c.prefersTextsWithoutMobile()),
    PORTAL_OFF("Not ready: portal access off", "c.portalAccess = false", c -> !c.portalAccess()),
    NO_EMAIL("Not ready: no email address", "c.email is null", c -> c.email() == null),
    NO_SECRET(
            "Not ready: no SSN last four or PIN",
            "c.secretKind = com.portaldesk.contacts.SecretKind.NONE",
            c -> c.secretKind() == SecretKind.NONE),
    TEXTS_WITHOUT_MOBILE(
            "Not ready: prefers texts, no mobile",
            "(c.preferredChannel = com.portaldesk.contacts.Channel.SMS and c.mobileE164 is null)",
            IndexedContact::prefersTextsWithoutMobile),
    NO_MOBILE("No mobile number", "c.mobileE164 is null", c -> c.mobileE164() == null),
    LOCKED("Sign-in locked", null, c -> true);

    private final String label;
    private final String condition;
    private final Predicate<IndexedContact> admits;

    /** {@code condition} and {@code admits} say the same in JPQL and in Java; ContactIndexTest holds them to it. */
    ContactFilter(String label, String condition, Predicate<IndexedContact> admits) {
        this.label = label;
        this.condition = condition;
        this.admits = admits;
    }

    public String label() {
        return label;
    }

    /** The JPQL condition over {@code c} (a Contact), or null when the filter adds none of its own. */
    String condition() {
        return condition;
    }

    /** The same condition, for the in-memory search. */
    boolean admits(IndexedContact contact) {
        return admits.test(contact);
    }
}
