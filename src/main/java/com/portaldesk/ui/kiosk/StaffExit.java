package com.portaldesk.ui.kiosk;

import com.portaldesk.staff.PasswordThenCode;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffSession;
import java.util.Optional;

/**
 * Leaving kiosk mode: a staff sign-in on the kiosk itself, with the second factor wherever the account has
 * one (or the policy demands one). Each leave is audited with who left. Runs off the FX thread (Argon2id).
 */
final class StaffExit {
    /** How an attempt ended. */
    enum Outcome {
        LEFT,
        NEED_CODE,
        NEED_ENROLMENT,
        NEED_NEW_PASSWORD,
        REFUSED
    }

    record Result(Outcome outcome, Optional<StaffSession> staff) {
        static Result of(Outcome outcome) {
            return new Result(outcome, Optional.empty());
        }
    }

    private final StaffGate gate;
    private final PasswordThenCode flow;
    private volatile String username = "";

    StaffExit(StaffGate gate) {
        this.gate = gate;
        this.flow = new PasswordThenCode(new PasswordThenCode.Steps() {
            @Override
            public SignInResult password(char[] password) {
                return gate.signIn(username, password);
            }

            @Override
            public SignInResult code(String pending, String code) {
                return gate.secondFactor(pending, code);
            }
        });
    }

    Result attempt(String username, char[] password, String code) {
        if (!username.equals(this.username)) {
            flow.reset(); // a code typed now is about this name's sign-in, never the one before
            this.username = username;
        }
        SignInResult result = flow.attempt(password, code);
        return switch (result.status()) {
            case SIGNED_IN -> left(result.session().orElseThrow());
            case NEED_SECOND_FACTOR -> Result.of(Outcome.NEED_CODE);
            case NEED_ENROLMENT -> Result.of(Outcome.NEED_ENROLMENT);
            case NEED_NEW_PASSWORD -> Result.of(Outcome.NEED_NEW_PASSWORD);
            case REFUSED -> Result.of(Outcome.REFUSED);
        };
    }

    private Result left(StaffSession staff) {
        gate.recordLeft(staff.username());
        return new Result(Outcome.LEFT, Optional.of(staff));
    }

    /** The kiosk was wiped or the pane closed: no step, and no staff name, is kept. */
    void reset() {
        flow.reset();
        username = "";
    }
}
