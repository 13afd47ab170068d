package com.portaldesk.contacts;

import java.util.Map;

/** A valid contact that clashes with one already on file (same email and last four). */
public class ContactConflictException extends ContactException {
    private static final long serialVersionUID = 1L;

    public ContactConflictException(String message, Map<ContactField, String> fieldErrors) {
        super(message, fieldErrors);
    }
}
