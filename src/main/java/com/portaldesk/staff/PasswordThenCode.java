package com.portaldesk.staff;

/**
 * The two steps of a staff sign-in as a screen takes them, the password and then the authenticator code, with the step
 * between them remembered. One flow for every screen that asks for both: the staff app's idle lock and the kiosk's
 * staff exit (the sign-in screen goes on from here to a new password or an enrolment, as {@link SignInResult} says).
 */
public final class PasswordThenCode {
    /** How the screen's desk takes each step (for the same account, on this workstation). */
    public interface Steps {
        SignInResult password(char[] password);

        SignInResult code(String pending, String code);
    }

    private final Steps steps;
    private volatile String pending;

    public PasswordThenCode(Steps steps) {
        this.steps = steps;
    }

    /**
     * With the code asked for and typed: the code. Otherwise the password, and at once the code if one was typed with
     * it. Only an answer that asks for the code keeps the step for the next attempt; any other forgets it, so a code
     * is never checked against a refused or finished sign-in, nor against one that ran out (a step that throws).
     */
    public SignInResult attempt(char[] password, String code) {
        try {
            return take(password, code);
        } catch (RuntimeException e) {
            pending = null;
            throw e;
        }
    }

    private SignInResult take(char[] password, String code) {
        boolean codeTyped = code != null && !code.isBlank();
        String step = pending;
        SignInResult result;
        if (step != null && codeTyped) {
            result = steps.code(step, code);
        } else {
            result = steps.password(password);
            if (result.status() == SignInResult.Status.NEED_SECOND_FACTOR && codeTyped) {
                result = steps.code(result.pending().orElseThrow(), code);
            }
        }
        pending = result.status() == SignInResult.Status.NEED_SECOND_FACTOR
                ? result.pending().orElse(null)
                : null;
        return result;
    }

    /** Starts again from the password (the screen was cleared, or the attempt failed on its way). */
    public void reset() {
        pending = null;
    }
}
