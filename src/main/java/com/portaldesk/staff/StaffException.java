package com.portaldesk.staff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A staff-account action that was refused; the message says why and nothing was changed. */
public class StaffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The part of an account a refusal is about, so a form can mark that field. */
    public enum Field {
        USERNAME,
        DISPLAY_NAME,
        PASSWORD
    }

    private final Map<Field, String> problems;

    public StaffException(String message) {
        super(message);
        this.problems = Map.of();
    }

    public StaffException(String message, Field field) {
        this(Map.of(field, message));
    }

    /** Every problem of a form at once, each with its field, in the form's order. */
    public StaffException(Map<Field, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** The field of the first problem; none when the refusal is about no one field. */
    public Optional<Field> field() {
        return problems.keySet().stream().findFirst();
    }

    /** What is wrong with each field; empty when the refusal is about no one field. */
    public Map<Field, String> problems() {
        return problems;
    }
}
