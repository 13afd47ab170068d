package com.portaldesk.contacts;

/** What the search box asks for: free text over name, email, phone and last four, and which contacts. */
public record ContactQuery(String text, Scope scope, int limit) {
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_TEXT_LENGTH = 200;

    /** Archived contacts stay on file but out of the way. */
    public enum Scope { ACTIVE, ARCHIVED, ALL }

    public ContactQuery {
        text = text == null ? "" : text;
        scope = scope == null ? Scope.ACTIVE : scope;
    }

    public static ContactQuery active(String text) {
        return new ContactQuery(text, Scope.ACTIVE, DEFAULT_LIMIT);
    }
}
