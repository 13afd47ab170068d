package com.portaldesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.StaffMembers;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class StaffAuthTest {
    private static final String PASSWORD = "lantern orchard river";
    private static final String T = "desk-1";

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-08-03T13:00:07Z");
    private AppContext context;
    private StaffAuth auth;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir, clock);
        auth = context.staffAuth();
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Sets the firm up and enrols the first admin; returns the admin's authenticator. */
    private TestAuthenticator setUpFirm() {
        SignInResult setup = auth.setUp(
                new FirmDetails("Lee & Partners CPA", "(415) 555-0100"),
                "Ann.Lee",
                "Ann Lee",
                PASSWORD.toCharArray(),
                T);
        assertThat(setup.status()).isEqualTo(SignInResult.Status.NEED_ENROLMENT);
        StaffAuth.Enrolment enrolment = auth.beginEnrolment(setup.pending().orElseThrow(), "ann.lee");
        TestAuthenticator app = new TestAuthenticator(enrolment.otpauthUri());
        var enrolled = auth.confirmEnrolment(setup.pending().orElseThrow(), app.codeAt(clock.instant()), T);
        assertThat(enrolled).isPresent();
        assertThat(enrolled.get().recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        return app;
    }

    private List<AuditEntry> events(AuditEventType type) {
        return context.audit().list(new AuditQuery(null, null, type, null, null, 100));
    }

    @Test
    void setUp_isOnlyOnce_andNamesTheFirm() {
        assertThat(auth.setupNeeded()).isTrue();
        setUpFirm();
        assertThat(auth.setupNeeded()).isFalse();
        assertThat(context.policies().firm().name()).isEqualTo("Lee & Partners CPA");
        assertThatThrownBy(() -> auth.setUp(new FirmDetails("Other", ""), "eve", "Eve", PASSWORD.toCharArray(), T))
                .hasMessageContaining("already set up");
    }

    @Test
    void setUp_refusesWeakPasswords() {
        assertThatThrownBy(() -> auth.setUp(new FirmDetails("Firm", ""), "ann", "Ann", "password1234".toCharArray(), T))
                .hasMessageContaining("commonly used");
        assertThatThrownBy(() -> auth.setUp(new FirmDetails("Firm", ""), "ann", "Ann", "short".toCharArray(), T))
                .hasMessageContaining("12 characters");
        assertThat(auth.setupNeeded()).isTrue();
    }

    @Test
    void admin_signsInWithPasswordThenAuthenticatorCode() {
        TestAuthenticator app = setUpFirm();
        clock.advance(Duration.ofMinutes(5));
        SignInResult first = auth.signIn("ann.lee", PASSWORD.toCharArray(), T);
        assertThat(first.status()).isEqualTo(SignInResult.Status.NEED_SECOND_FACTOR);
        SignInResult second = auth.secondFactor(first.pending().orElseThrow(), app.codeAt(clock.instant()), T);
        assertThat(second.status()).isEqualTo(SignInResult.Status.SIGNED_IN);
        assertThat(second.session().orElseThrow().isAdmin()).isTrue();
        assertThat(events(AuditEventType.STAFF_SIGNED_IN)).isNotEmpty();
    }

    @Test
    void authenticatorCode_cannotBeReplayed() {
        TestAuthenticator app = setUpFirm();
        clock.advance(Duration.ofMinutes(5));
        String code = app.codeAt(clock.instant());
        SignInResult first = auth.signIn("ann.lee", PASSWORD.toCharArray(), T);
        assertThat(auth.secondFactor(first.pending().orElseThrow(), code, T).status())
                .isEqualTo(SignInResult.Status.SIGNED_IN);
        SignInResult again = auth.signIn("ann.lee", PASSWORD.toCharArray(), T);
        assertThat(auth.secondFactor(again.pending().orElseThrow(), code, T).status())
                .isEqualTo(SignInResult.Status.NEED_SECOND_FACTOR);
    }

    @Test
    void recoveryCode_worksOnce() {
        SignInResult setup = auth.setUp(new FirmDetails("Firm", ""), "ann", "Ann", PASSWORD.toCharArray(), T);
        var enrolment = auth.beginEnrolment(setup.pending().orElseThrow(), "ann");
        String recovery = auth.confirmEnrolment(
                        setup.pending().orElseThrow(),
                        new TestAuthenticator(enrolment.otpauthUri()).codeAt(clock.instant()),
                        T)
                .orElseThrow()
                .recoveryCodes()
                .get(3);
        SignInResult first = auth.signIn("ann", PASSWORD.toCharArray(), T);
        assertThat(auth.secondFactor(first.pending().orElseThrow(), recovery.toUpperCase(Locale.ROOT), T)
                        .status())
                .isEqualTo(SignInResult.Status.SIGNED_IN);
        SignInResult again = auth.signIn("ann", PASSWORD.toCharArray(), T);
        assertThat(auth.secondFactor(again.pending().orElseThrow(), recovery, T).status())
                .isNotEqualTo(SignInResult.Status.SIGNED_IN);
    }

    @Test
    void wrongPasswordAndUnknownUser_readTheSame_andFiveFailuresLock() {
        setUpFirm();
        SignInResult unknown = auth.signIn("nobody", PASSWORD.toCharArray(), T);
        SignInResult wrong = auth.signIn("ann.lee", "wrong password here".toCharArray(), T);
        assertThat(unknown.message()).isEqualTo(wrong.message());
        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(SignInResult.Status.REFUSED);
        for (int i = 0; i < 4; i++) {
            auth.signIn("ann.lee", "wrong password here".toCharArray(), T);
        }
        assertThat(events(AuditEventType.STAFF_LOCKED)).hasSize(1);
        SignInResult rightButLocked = auth.signIn("ann.lee", PASSWORD.toCharArray(), T);
        assertThat(rightButLocked.status()).isEqualTo(SignInResult.Status.REFUSED);
        assertThat(rightButLocked.message()).isEqualTo(unknown.message());
        clock.advance(Duration.ofMinutes(15));
        assertThat(auth.signIn("ann.lee", PASSWORD.toCharArray(), T).status())
                .isEqualTo(SignInResult.Status.NEED_SECOND_FACTOR);
    }

    @Test
    void aNewMember_choosesTheirOwnPasswordAtFirstSignIn_notTheAdminsOne() {
        setUpFirm();
        StaffSession admin = adminSession();
        context.staffAccounts().add(admin, "bob", "Bob Ray", Role.STAFF, "typed by the admin".toCharArray(), T);
        assertThat(context.staffAccounts().list())
                .filteredOn(a -> a.username().equals("bob"))
                .singleElement()
                .satisfies(a -> assertThat(a.mustChangePassword()).isTrue());
        SignInResult first = auth.signIn("bob", "typed by the admin".toCharArray(), T);
        assertThat(first.status()).isEqualTo(SignInResult.Status.NEED_NEW_PASSWORD);
        assertThat(first.session()).isEmpty();
        String token = first.pending().orElseThrow();
        assertThatThrownBy(() -> auth.choosePassword(
                        token, "typed by the admin".toCharArray(), "typed by the admin".toCharArray(), T))
                .hasMessageContaining("other than the one the admin");
        assertThatThrownBy(() -> auth.choosePassword(token, "short".toCharArray(), "short".toCharArray(), T))
                .hasMessageContaining("12 characters");
        assertThatThrownBy(() -> auth.choosePassword(
                        token, "quiet meadow lamp".toCharArray(), "quiet meadow lamb".toCharArray(), T))
                .hasMessageContaining("not the same");
        SignInResult done =
                auth.choosePassword(token, "quiet meadow lamp".toCharArray(), "quiet meadow lamp".toCharArray(), T);
        assertThat(done.status()).isEqualTo(SignInResult.Status.SIGNED_IN);
        assertThat(auth.signIn("bob", "typed by the admin".toCharArray(), T).status())
                .isEqualTo(SignInResult.Status.REFUSED);
        assertThat(auth.signIn("bob", "quiet meadow lamp".toCharArray(), T).status())
                .isEqualTo(SignInResult.Status.SIGNED_IN);
        assertThat(events(AuditEventType.STAFF_ACCOUNT_CHANGED))
                .extracting(AuditEntry::detail)
                .contains("bob chose their own password");
    }

    @Test
    void afterAnAdminReset_anEnrolledMember_passesTheSecondFactorFirst_thenChoosesAPassword() {
        setUpFirm();
        StaffSession admin = adminSession();
        StaffAccount cara = context.staffAccounts()
                .add(admin, "cara", "Cara Admin", Role.ADMIN, "violet harbor stone".toCharArray(), T);
        SignInResult first = auth.signIn("cara", "violet harbor stone".toCharArray(), T);
        assertThat(first.status()).isEqualTo(SignInResult.Status.NEED_NEW_PASSWORD);
        SignInResult afterChoice = auth.choosePassword(
                first.pending().orElseThrow(), "amber canyon gate".toCharArray(), "amber canyon gate".toCharArray(), T);
        assertThat(afterChoice.status())
                .as("an admin still enrols a second factor")
                .isEqualTo(SignInResult.Status.NEED_ENROLMENT);
        var enrolment = auth.beginEnrolment(afterChoice.pending().orElseThrow(), "cara");
        TestAuthenticator caraApp = new TestAuthenticator(enrolment.otpauthUri());
        assertThat(auth.confirmEnrolment(afterChoice.pending().orElseThrow(), caraApp.codeAt(clock.instant()), T))
                .isPresent();

        context.staffAccounts().resetPassword(admin, cara.id(), "reset by ann today".toCharArray(), T);
        clock.advance(Duration.ofMinutes(1));
        SignInResult again = auth.signIn("cara", "reset by ann today".toCharArray(), T);
        assertThat(again.status()).isEqualTo(SignInResult.Status.NEED_SECOND_FACTOR);
        String beforeSecondFactor = again.pending().orElseThrow();
        assertThatThrownBy(() -> auth.choosePassword(
                        beforeSecondFactor,
                        "sneaky long password".toCharArray(),
                        "sneaky long password".toCharArray(),
                        T))
                .as("the reset password alone cannot set a new one")
                .hasMessageContaining("cannot set a password");
        SignInResult second = auth.secondFactor(beforeSecondFactor, caraApp.codeAt(clock.instant()), T);
        assertThat(second.status()).isEqualTo(SignInResult.Status.NEED_NEW_PASSWORD);
        assertThat(auth.choosePassword(
                                second.pending().orElseThrow(),
                                "coral ridge meadow".toCharArray(),
                                "coral ridge meadow".toCharArray(),
                                T)
                        .status())
                .isEqualTo(SignInResult.Status.SIGNED_IN);
    }

    @Test
    void staffWithoutSecondFactor_signInWithPassword_unlessPolicyRequiresItForAll() {
        setUpFirm();
        StaffMembers.withOwnPassword(context, "bob", "Bob Ray", Role.STAFF, "quiet meadow lamp");
        SignInResult bob = auth.signIn("bob", "quiet meadow lamp".toCharArray(), T);
        assertThat(bob.status()).isEqualTo(SignInResult.Status.SIGNED_IN);
        assertThat(bob.session().orElseThrow().isAdmin()).isFalse();
        context.policies()
                .save(
                        new PolicyBuilder(context.policies().current())
                                .requireMfaForAll(true)
                                .build(),
                        TestActor.at(T));
        assertThat(auth.signIn("bob", "quiet meadow lamp".toCharArray(), T).status())
                .isEqualTo(SignInResult.Status.NEED_ENROLMENT);
    }

    @Test
    void staffCannotManageAccounts_andAdminsCannotLockThemselvesOut() {
        setUpFirm();
        StaffSession admin = adminSession();
        StaffAccount bob = StaffMembers.withOwnPassword(context, "bob", "Bob Ray", Role.STAFF, "quiet meadow lamp");
        StaffSession bobSession = auth.signIn("bob", "quiet meadow lamp".toCharArray(), T)
                .session()
                .orElseThrow();
        assertThatThrownBy(() -> context.staffAccounts()
                        .add(bobSession, "eve", "Eve", Role.ADMIN, "another long pass".toCharArray(), T))
                .hasMessageContaining("Only an admin");
        assertThatThrownBy(() -> context.staffAccounts().setDisabled(admin, admin.userId(), true, T))
                .hasMessageContaining("another admin");
        context.staffAccounts().setDisabled(admin, bob.id(), true, T);
        assertThat(auth.signIn("bob", "quiet meadow lamp".toCharArray(), T).status())
                .isEqualTo(SignInResult.Status.REFUSED);
        assertThat(events(AuditEventType.STAFF_ACCOUNT_CHANGED)).hasSize(3); // added, own password, disabled
    }

    @Test
    void resetMfa_makesTheAdminEnrolAgain() {
        setUpFirm();
        StaffSession admin = adminSession();
        StaffAccount other = context.staffAccounts()
                .add(admin, "cara", "Cara Admin", Role.ADMIN, "violet harbor stone".toCharArray(), T);
        SignInResult cara = auth.signIn("cara", "violet harbor stone".toCharArray(), T);
        assertThat(cara.status()).isEqualTo(SignInResult.Status.NEED_NEW_PASSWORD);
        assertThat(auth.choosePassword(
                                cara.pending().orElseThrow(),
                                "amber canyon gate".toCharArray(),
                                "amber canyon gate".toCharArray(),
                                T)
                        .status())
                .isEqualTo(SignInResult.Status.NEED_ENROLMENT);
        context.staffAccounts().resetMfa(admin, other.id(), T);
        assertThat(events(AuditEventType.STAFF_MFA_RESET)).hasSize(1);
    }

    @Test
    void pendingSignIn_expires() {
        setUpFirm();
        SignInResult first = auth.signIn("ann.lee", PASSWORD.toCharArray(), T);
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> auth.secondFactor(first.pending().orElseThrow(), "123456", T))
                .hasMessageContaining("took too long");
    }

    private StaffSession adminSession() {
        return new StaffSession(context.staffAccounts().list().get(0).id(), "ann.lee", "Ann Lee", Role.ADMIN, true);
    }
}
