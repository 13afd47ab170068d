package com.portaldesk.contacts;

/**
 * The orders the database can sort every match in. The SSN's last four and the readiness are not sortable: one
 * is encrypted, the other is worked out from several columns (filter on it instead).
 */
public enum ContactSort {
    NAME("lower(c.lastName) %1$s, lower(c.firstName) %1$s"),
    EMAIL("c.email %1$s nulls last"),
    MOBILE("c.mobileE164 %1$s nulls last"),
    LAST_SIGN_IN("c.lastPortalAccessAt %1$s nulls last"),
    CHANGED("c.updatedAt %1$s");

    private final String order;

    ContactSort(String order) {
        this.order = order;
    }

    /** The JPQL order-by terms, ending with the id so pages never overlap or skip a contact. */
    String orderBy(boolean descending) {
        return String.format(order, descending ? "desc" : "asc") + ", c.id";
    }
}
