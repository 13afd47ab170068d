package com.portaldesk.contacts;

import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;

/**
 * The orders the database can sort every match in. The SSN's last four and the readiness are not sortable: one
 * is encrypted, the other is worked out from several columns (filter on it instead).
 */
public enum ContactSort {
    NAME(
            "lower(c.lastName) %1$s, lower(c.firstName) %1$s",
            descending -> by(IndexedContact::lastNameKey, descending)
                    .thenComparing(by(IndexedContact::firstNameKey, descending))),
    EMAIL("c.email %1$s nulls last", descending -> by(IndexedContact::email, descending)),
    MOBILE("c.mobileE164 %1$s nulls last", descending -> by(IndexedContact::mobileE164, descending)),
    /** Not in the in-memory index: a sign-in records its time without a new row version (see ContactIndex). */
    LAST_SIGN_IN("c.lastPortalAccessAt %1$s nulls last", null),
    CHANGED("c.updatedAt %1$s", descending -> by(IndexedContact::updatedAt, descending));

    /** The database's order of ids (their bytes, unsigned), the last key of every order. */
    static final Comparator<UUID> ID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final String order;
    private final Function<Boolean, Comparator<IndexedContact>> inMemory;

    ContactSort(String order, Function<Boolean, Comparator<IndexedContact>> inMemory) {
        this.order = order;
        this.inMemory = inMemory;
    }

    /** The JPQL order-by terms, ending with the id so pages never overlap or skip a contact. */
    String orderBy(boolean descending) {
        return String.format(order, descending ? "desc" : "asc") + ", c.id";
    }

    /** Whether the in-memory index can sort by this order. */
    boolean inMemory() {
        return inMemory != null;
    }

    /** The same order as {@link #orderBy}, in memory: empty values last either way, then the id ascending. */
    Comparator<IndexedContact> comparator(boolean descending) {
        return inMemory.apply(descending).thenComparing(IndexedContact::id, ID_ORDER);
    }

    private static <T extends Comparable<? super T>> Comparator<IndexedContact> by(
            Function<IndexedContact, T> column, boolean descending) {
        Comparator<T> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(column, Comparator.nullsLast(values));
    }
}
