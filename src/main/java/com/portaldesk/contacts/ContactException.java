package com.portaldesk.contacts;

import java.util.Map;

/** A contact change that was refused; the message says why, and nothing was saved. */
public class ContactException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<ContactField, String> fieldErrors;

    public ContactException(String message) {
        this(message, Map.of());
    }

    public ContactException(String message, Map<ContactField, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Problems by field, for inline messages; empty when the refusal is about the whole contact. */
    public Map<ContactField, String> fieldErrors() {
        return fieldErrors;
    }
}
