package com.portaldesk.contacts;

import java.util.Set;
import java.util.UUID;

/**
 * What the contacts list asks for: free text over name, email, phone and last four; which contacts (scope and
 * filter, optionally only some ids); the order the database sorts every match in; and which page of them.
 */
public record ContactQuery(
        String text,
        Scope scope,
        ContactFilter filter,
        ContactSort sort,
        boolean descending,
        Set<UUID> onlyIds,
        int offset,
        int limit) {
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_TEXT_LENGTH = 200;

    /** Archived contacts stay on file but out of the way. */
    public enum Scope {
        ACTIVE,
        ARCHIVED,
        ALL
    }

    public ContactQuery {
        text = text == null ? "" : text;
        scope = scope == null ? Scope.ACTIVE : scope;
        filter = filter == null ? ContactFilter.EVERYONE : filter;
        sort = sort == null ? ContactSort.NAME : sort;
        onlyIds = onlyIds == null ? null : Set.copyOf(onlyIds);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public ContactQuery(String text, Scope scope, int limit) {
        this(text, scope, ContactFilter.EVERYONE, ContactSort.NAME, false, null, 0, limit);
    }

    public static ContactQuery active(String text) {
        return new ContactQuery(text, Scope.ACTIVE, DEFAULT_LIMIT);
    }

    public ContactQuery page(int newOffset, int newLimit) {
        return new ContactQuery(text, scope, filter, sort, descending, onlyIds, newOffset, newLimit);
    }

    /** The same contacts, restricted to these ids (the ones a person selected, or the locked ones). */
    public ContactQuery onlyIds(Set<UUID> ids) {
        return new ContactQuery(text, scope, filter, sort, descending, ids, offset, limit);
    }
}
