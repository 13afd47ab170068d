package com.portaldesk.contacts;

/** An import that cannot start or was refused; the database is exactly as it was. */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
