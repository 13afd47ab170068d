package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Leaving kiosk mode on a scripted gate: a code goes with the sign-in of the name typed now, never another's. */
@Tag("plain")
class StaffExitTest {
    private final ScriptedGate gate = new ScriptedGate();
    private final StaffExit exit = new StaffExit(gate);

    @Test
    void thePasswordThenTheCode_leaves_andTheLeaveIsAudited() {
        assertThat(exit.attempt("ann", "pw".toCharArray(), "").outcome()).isEqualTo(StaffExit.Outcome.NEED_CODE);
        StaffExit.Result left = exit.attempt("ann", "pw".toCharArray(), "123456");
        assertThat(left.outcome()).isEqualTo(StaffExit.Outcome.LEFT);
        assertThat(left.staff()).map(StaffSession::username).contains("ann");
        assertThat(gate.calls).containsExactly("signIn ann", "code step-ann 123456", "left ann");
    }

    @Test
    void anotherNameTyped_startsItsOwnSignIn_soTheCodeIsNeverCheckedAgainstTheFirst() {
        exit.attempt("ann", "pw".toCharArray(), "");
        exit.attempt("bob", "pw".toCharArray(), "123456");
        assertThat(gate.calls).containsExactly("signIn ann", "signIn bob", "code step-bob 123456", "left bob");
    }

    @Test
    void aWipe_forgetsTheStep() {
        exit.attempt("ann", "pw".toCharArray(), "");
        exit.reset();
        exit.attempt("ann", "pw".toCharArray(), "123456");
        assertThat(gate.calls).containsExactly("signIn ann", "signIn ann", "code step-ann 123456", "left ann");
    }

    /** Every password is right and asks for the code; every code is right. */
    private static final class ScriptedGate implements StaffGate {
        final List<String> calls = new ArrayList<>();

        @Override
        public SignInResult signIn(String username, char[] password) {
            calls.add("signIn " + username);
            return new SignInResult(
                    SignInResult.Status.NEED_SECOND_FACTOR,
                    "Enter the code.",
                    Optional.empty(),
                    Optional.of("step-" + username));
        }

        @Override
        public SignInResult secondFactor(String pending, String code) {
            calls.add("code " + pending + " " + code);
            String username = pending.substring("step-".length());
            return new SignInResult(
                    SignInResult.Status.SIGNED_IN,
                    "Signed in.",
                    Optional.of(new StaffSession(UUID.randomUUID(), username, username, Role.STAFF, false)),
                    Optional.empty());
        }

        @Override
        public void recordLeft(String username) {
            calls.add("left " + username);
        }
    }
}
