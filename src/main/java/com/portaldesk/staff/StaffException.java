package com.portaldesk.staff;

/** A staff-account action that was refused; the message says why and nothing was changed. */
public class StaffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaffException(String message) {
        super(message);
    }
}
