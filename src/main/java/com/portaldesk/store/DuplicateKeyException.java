package com.portaldesk.store;

/** A unique constraint refused a write, typically because another workstation saved the same thing first. */
public class DuplicateKeyException extends StorageException {
    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
