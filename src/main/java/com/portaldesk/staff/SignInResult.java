package com.portaldesk.staff;

import java.util.Optional;

/**
 * One step of staff sign-in. After the password: signed in, a second factor needed, or enrolment needed
 * (admins must have one). Every refusal has the same words, so they do not tell whether the user exists.
 */
public record SignInResult(Status status, String message, Optional<StaffSession> session, Optional<String> pending) {

    /** Where the sign-in stands. */
    public enum Status {
        SIGNED_IN,
        NEED_SECOND_FACTOR,
        NEED_NEW_PASSWORD,
        NEED_ENROLMENT,
        REFUSED
    }

    public static final String REFUSED_MESSAGE = "The user name or password is not right, or the account is locked "
            + "or disabled. After 5 failures an account is locked for 15 minutes.";

    static SignInResult refused() {
        return new SignInResult(Status.REFUSED, REFUSED_MESSAGE, Optional.empty(), Optional.empty());
    }

    static SignInResult signedIn(StaffSession session) {
        return new SignInResult(Status.SIGNED_IN, "Signed in.", Optional.of(session), Optional.empty());
    }

    static SignInResult pending(Status status, String token, String message) {
        return new SignInResult(status, message, Optional.empty(), Optional.of(token));
    }
}
