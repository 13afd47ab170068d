package com.portaldesk.store;

/**
 * The database, the data folder or the key file cannot do what was asked. The message is written for
 * the person at the screen; the cause keeps the technical detail for the log.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
