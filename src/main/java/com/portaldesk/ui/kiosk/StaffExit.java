package com.portaldesk.ui.kiosk;

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
    private volatile String pendingSecondFactor;

    StaffExit(StaffGate gate) {
        this.gate = gate;
    }

    Result attempt(String username, char[] password, String code) {
        String pending = pendingSecondFactor;
        SignInResult result;
        if (pending != null && !code.isBlank()) {
            result = gate.secondFactor(pending, code);
        } else {
            result = gate.signIn(username, password);
            if (result.status() == SignInResult.Status.NEED_SECOND_FACTOR && !code.isBlank()) {
                result = gate.secondFactor(result.pending().orElseThrow(), code);
            }
        }
        pendingSecondFactor = result.pending().orElse(null);
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

    void reset() {
        pendingSecondFactor = null;
    }
}
