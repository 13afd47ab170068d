package com.portaldesk.staff;

/** A staff-account action that was refused; the message says why and nothing was changed. */
public class StaffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The part of an account a refusal is about, so a form can mark that field. */
    public enum Field { USERNAME, DISPLAY_NAME, PASSWORD }

    private final Field field;

    public StaffException(String message) {
        this(message, null);
    }

    public StaffException(String message, Field field) {
        super(message);
        this.field = field;
    }

    public java.util.Optional<Field> field() {
        return java.util.Optional.ofNullable(field);
    }
}
