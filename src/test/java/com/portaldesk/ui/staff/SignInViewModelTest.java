package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.settings.FirmDetails;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.SignInResult.Status;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Work;
import com.portaldesk.ui.staff.SignInViewModel.Step;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The sign-in screen's steps on a fake {@link SignInDesk}: no database, no FX toolkit, no waiting. */
@Tag("plain")
class SignInViewModelTest {
    private static final StaffSession ANN = new StaffSession(UUID.randomUUID(), "ann", "Ann Lee", Role.ADMIN, true);

    private final FakeDesk desk = new FakeDesk();
    private final AtomicReference<StaffSession> signedIn = new AtomicReference<>();
    private final SignInViewModel model = new SignInViewModel(desk, Work.direct(), false, signedIn::set);

    private static SignInResult result(Status status, String message) {
        return new SignInResult(
                status,
                message,
                status == Status.SIGNED_IN ? Optional.of(ANN) : Optional.empty(),
                status == Status.SIGNED_IN || status == Status.REFUSED ? Optional.empty() : Optional.of("pending-1"));
    }

    @Test
    void aPassword_thenTheSecondFactor_signsIn() {
        desk.answers.add(result(Status.NEED_SECOND_FACTOR, ""));
        model.signIn("Ann ", "correct horse battery staple".toCharArray());
        assertThat(model.stepProperty().get()).isEqualTo(Step.CODE);
        assertThat(model.username()).isEqualTo("ann");
        desk.answers.add(result(Status.NEED_SECOND_FACTOR, "That code is not right."));
        model.submitCode("000000");
        assertThat(model.errorProperty().get()).isEqualTo("That code is not right.");
        desk.answers.add(result(Status.SIGNED_IN, ""));
        model.submitCode("123456");
        assertThat(signedIn.get()).isEqualTo(ANN);
        assertThat(desk.pendingSeen).containsOnly("pending-1");
    }

    @Test
    void aRefusal_saysWhy_andStaysOnThePassword() {
        desk.answers.add(result(Status.REFUSED, "The user name or password is not right."));
        model.signIn("ann", "wrong".toCharArray());
        assertThat(model.stepProperty().get()).isEqualTo(Step.PASSWORD);
        assertThat(model.errorProperty().get()).isEqualTo("The user name or password is not right.");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void aPasswordAnAdminSet_mustBeReplaced_beforeTheSignInGoesOn() {
        desk.answers.add(result(Status.NEED_NEW_PASSWORD, "Choose your own password."));
        model.signIn("cara", "set by an admin".toCharArray());
        assertThat(model.stepProperty().get()).isEqualTo(Step.NEW_PASSWORD);
        desk.answers.add(result(Status.SIGNED_IN, ""));
        model.choosePassword("my own long phrase".toCharArray(), "my own long phrase".toCharArray());
        assertThat(signedIn.get()).isEqualTo(ANN);
    }

    @Test
    void enrolment_showsTheKey_refusesAWrongCode_thenShowsRecoveryCodesBeforeSigningIn() {
        desk.answers.add(result(Status.NEED_ENROLMENT, ""));
        model.signIn("ann", "correct horse battery staple".toCharArray());
        assertThat(model.stepProperty().get()).isEqualTo(Step.ENROL);
        assertThat(model.secretTextProperty().get()).isEqualTo("ABCD EFGH");
        model.confirmEnrolment("000000");
        assertThat(model.errorProperty().get()).startsWith("That code is not right.");
        desk.enrolled = Optional.of(new StaffAuth.Enrolled(ANN, List.of("hkep4-jew5r", "knzmk-zcvpb")));
        model.confirmEnrolment("123456");
        assertThat(model.stepProperty().get()).isEqualTo(Step.RECOVERY_CODES);
        assertThat(model.recoveryCodes()).containsExactly("hkep4-jew5r", "knzmk-zcvpb");
        assertThat(signedIn.get()).as("not before the codes are saved").isNull();
        model.recoveryCodesSaved();
        assertThat(signedIn.get()).isEqualTo(ANN);
        assertThat(model.recoveryCodes()).isEmpty();
    }

    @Test
    void firstRunSetup_twoDifferentPasswords_areRefusedBesideTheSecond_andNothingIsAsked() {
        SignInViewModel setup = new SignInViewModel(desk, Work.direct(), true, signedIn::set);
        setup.setUp(
                "Lee & Partners CPA",
                "(415) 555-0100",
                "ann",
                "Ann Lee",
                "one long phrase".toCharArray(),
                "another long phrase".toCharArray());
        assertThat(setup.setupErrorProperty(SignInViewModel.SetupField.CONFIRM).get())
                .isEqualTo("The two passwords are not the same.");
        assertThat(setup.firstSetupErrorProperty().get()).isEqualTo(SignInViewModel.SetupField.CONFIRM);
        assertThat(desk.setUps).isZero();
    }

    @Test
    void firstRunSetup_aFirmPhoneRefused_isMarkedBesideThePhone() {
        SignInViewModel setup = new SignInViewModel(desk, Work.direct(), true, signedIn::set);
        setup.setUp(
                "Lee & Partners CPA",
                "call us",
                "ann",
                "Ann Lee",
                "one long phrase".toCharArray(),
                "one long phrase".toCharArray());
        assertThat(setup.setupErrorProperty(SignInViewModel.SetupField.FIRM_PHONE)
                        .get())
                .isNotEmpty();
        assertThat(setup.setupErrorProperty(SignInViewModel.SetupField.FIRM_NAME)
                        .get())
                .isEmpty();
        assertThat(setup.stepProperty().get()).isEqualTo(Step.SETUP);
    }

    private static final class FakeDesk implements SignInDesk {
        final Deque<SignInResult> answers = new ArrayDeque<>();
        final Deque<String> pendingSeen = new ArrayDeque<>();
        Optional<StaffAuth.Enrolled> enrolled = Optional.empty();
        int setUps;

        @Override
        public SignInResult setUp(FirmDetails firm, String username, String displayName, char[] password) {
            setUps++;
            firm.checkedIn("US"); // the real check of the firm's details, as StaffAuth.setUp makes it
            return answers.poll();
        }

        @Override
        public SignInResult signIn(String username, char[] password) {
            return answers.poll();
        }

        @Override
        public SignInResult secondFactor(String pending, String code) {
            pendingSeen.add(pending);
            return answers.poll();
        }

        @Override
        public SignInResult choosePassword(String pending, char[] password, char[] confirm) {
            pendingSeen.add(pending);
            return answers.poll();
        }

        @Override
        public StaffAuth.Enrolment beginEnrolment(String pending, String username) {
            return new StaffAuth.Enrolment("otpauth://totp/PortalDesk:ann?secret=ABCDEFGH", "ABCD EFGH");
        }

        @Override
        public Optional<StaffAuth.Enrolled> confirmEnrolment(String pending, String code) {
            return enrolled;
        }
    }
}
