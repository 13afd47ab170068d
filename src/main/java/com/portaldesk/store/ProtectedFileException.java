package com.portaldesk.store;

/** An output was pointed at one of PortalDesk's own files; nothing was written. */
public final class ProtectedFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ProtectedFileException(String message) {
        super(message);
    }
}
