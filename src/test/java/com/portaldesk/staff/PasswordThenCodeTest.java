package com.portaldesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one password-then-code flow the idle lock and the kiosk's staff exit share, on scripted answers. */
@Tag("plain")
class PasswordThenCodeTest {
    private final ScriptedSteps steps = new ScriptedSteps();
    private final PasswordThenCode flow = new PasswordThenCode(steps);

    private static SignInResult codeNeeded(String token) {
        return SignInResult.pending(SignInResult.Status.NEED_SECOND_FACTOR, token, "Enter the code.");
    }

    private static SignInResult signedIn() {
        return SignInResult.signedIn(new StaffSession(UUID.randomUUID(), "ann", "Ann", Role.STAFF, false));
    }

    @Test
    void thePassword_thenTheCode_inTwoAttempts_usesTheStepThePasswordGave() {
        steps.answers.add(codeNeeded("t1"));
        assertThat(flow.attempt("pw".toCharArray(), "").status()).isEqualTo(SignInResult.Status.NEED_SECOND_FACTOR);
        steps.answers.add(signedIn());
        assertThat(flow.attempt("pw".toCharArray(), "123456").status()).isEqualTo(SignInResult.Status.SIGNED_IN);
        assertThat(steps.calls).containsExactly("password", "code t1 123456");
    }

    @Test
    void bothTypedAtOnce_takeBothSteps_inOneAttempt() {
        steps.answers.add(codeNeeded("t1"));
        steps.answers.add(signedIn());
        assertThat(flow.attempt("pw".toCharArray(), "123456").status()).isEqualTo(SignInResult.Status.SIGNED_IN);
        assertThat(steps.calls).containsExactly("password", "code t1 123456");
    }

    @Test
    void aRefusal_forgetsTheStep_soTheNextCodeIsNeverCheckedAgainstIt() {
        steps.answers.add(codeNeeded("t1"));
        flow.attempt("pw".toCharArray(), "");
        steps.answers.add(SignInResult.refused()); // the account was locked meanwhile
        flow.attempt("pw".toCharArray(), "111111");
        steps.answers.add(SignInResult.refused());
        flow.attempt("pw".toCharArray(), "222222");
        assertThat(steps.calls).containsExactly("password", "code t1 111111", "password");
    }

    @Test
    void aStepForSomethingElse_isNotTakenForTheCode() {
        steps.answers.add(SignInResult.pending(SignInResult.Status.NEED_ENROLMENT, "enrol", "Set up a second factor."));
        flow.attempt("pw".toCharArray(), "");
        steps.answers.add(SignInResult.refused());
        flow.attempt("pw".toCharArray(), "123456");
        assertThat(steps.calls).containsExactly("password", "password");
    }

    @Test
    void aBlankCode_withTheCodeAskedFor_takesThePasswordAgain_notAWrongCode() {
        steps.answers.add(codeNeeded("t1"));
        flow.attempt("pw".toCharArray(), "");
        steps.answers.add(codeNeeded("t2"));
        flow.attempt("pw".toCharArray(), "  ");
        assertThat(steps.calls).containsExactly("password", "password");
    }

    @Test
    void reset_startsAgainFromThePassword() {
        steps.answers.add(codeNeeded("t1"));
        flow.attempt("pw".toCharArray(), "");
        flow.reset();
        steps.answers.add(SignInResult.refused());
        flow.attempt("pw".toCharArray(), "123456");
        assertThat(steps.calls).containsExactly("password", "password");
    }

    @Test
    void aStepThatRanOut_isForgotten_soTheNextAttemptStartsFromThePassword() {
        steps.answers.add(codeNeeded("t1"));
        flow.attempt("pw".toCharArray(), "");
        steps.failCode = true; // as StaffAuth says "This sign-in took too long"
        assertThatThrownBy(() -> flow.attempt("pw".toCharArray(), "123456")).isInstanceOf(StaffException.class);
        steps.failCode = false;
        steps.answers.add(codeNeeded("t2"));
        steps.answers.add(signedIn());
        assertThat(flow.attempt("pw".toCharArray(), "123456").status()).isEqualTo(SignInResult.Status.SIGNED_IN);
        assertThat(steps.calls).containsExactly("password", "code t1 123456", "password", "code t2 123456");
    }

    private static final class ScriptedSteps implements PasswordThenCode.Steps {
        final Deque<SignInResult> answers = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();
        boolean failCode;

        @Override
        public SignInResult password(char[] password) {
            calls.add("password");
            return answers.removeFirst();
        }

        @Override
        public SignInResult code(String pending, String code) {
            calls.add("code " + pending + " " + code);
            if (failCode) {
                throw new StaffException("This sign-in took too long. Please start again.");
            }
            return answers.removeFirst();
        }
    }
}
