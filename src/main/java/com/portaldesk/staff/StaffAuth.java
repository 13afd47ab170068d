package com.portaldesk.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Staff sign-in: first-run setup, password (Argon2id), then the second factor (TOTP or a recovery code),
 * which admins must have and staff may be required to have. Five failures in 15 minutes lock an account
 * for 15 minutes; every refusal reads the same; every step is an audit event.
 */
public final class StaffAuth {

    private final Tx tx;
    private final FieldCipher cipher;
    private final PolicyService policies;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final RecoveryCodes recovery;
    private final PendingSignIns pending;
    private final SignInOutcomes outcomes;
    private final StaffEnrolment enrolment;

    /** The secret to show as a QR code and as text while enrolling. */
    public record Enrolment(String otpauthUri, String secretText) {
        @Override
        public String toString() {
            return "Enrolment[••••]";
        }
    }

    /** A confirmed enrolment: the session, and recovery codes to show once. */
    public record Enrolled(StaffSession session, List<String> recoveryCodes) {}

    public StaffAuth(
            Tx tx, FieldCipher cipher, PolicyService policies, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.hasher = hasher;
        this.cipher = cipher;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
        this.recovery = new RecoveryCodes(cipher);
        this.pending = new PendingSignIns(clock);
        this.outcomes = new SignInOutcomes(audit);
        this.enrolment = new StaffEnrolment(tx, cipher, recovery, audit, clock, pending, outcomes);
    }

    public static List<Class<?>> entityClasses() {
        return List.of(StaffUser.class, RecoveryCode.class);
    }

    public boolean setupNeeded() {
        return tx.inTransaction(em -> StaffStore.count(em) == 0);
    }

    /** First run: names the firm and creates the first admin, who must then enrol a second factor. */
    public SignInResult setUp(FirmDetails firm, String username, String displayName, char[] password, String terminal) {
        String name = StaffStore.normalise(username);
        StaffAccounts.checkNew(name, displayName, password);
        return tx.inTransaction(em -> {
            if (StaffStore.count(em) > 0) {
                throw new StaffException("PortalDesk is already set up; sign in instead.");
            }
            policies.saveFirm(em, firm, Actor.staff(name, terminal));
            StaffUser admin =
                    new StaffUser(name, displayName.strip(), Role.ADMIN, hasher.hash(password), clock.instant());
            em.persist(admin);
            audit.append(
                    em,
                    AuditRecord.of(AuditEventType.FIRM_SET_UP, AuditReason.OK, terminal)
                            .withDetail("first admin " + name));
            return SignInResult.pending(
                    SignInResult.Status.NEED_ENROLMENT,
                    pending.remember(admin.id()),
                    "Set up your second factor to finish.");
        });
    }

    public SignInResult signIn(String username, char[] password, String terminal) {
        return signIn(username, password, terminal, false);
    }

    /**
     * The signed-in person opening the window the idle lock covered: checked exactly as a sign-in (password, second
     * factor, failures counted towards the account lock), and audited as {@link AuditEventType#STAFF_APP_UNLOCKED}
     * so the log does not read as a new session.
     */
    public SignInResult unlock(String username, char[] password, String terminal) {
        return signIn(username, password, terminal, true);
    }

    /** The window was covered after {@code idle} without use; the person is still signed in behind it. */
    public void lockedWhileAway(StaffSession session, Duration idle, String terminal) {
        audit.record(AuditRecord.by(
                        Actor.staff(session.username(), terminal),
                        AuditEventType.STAFF_APP_LOCKED,
                        AuditReason.IDLE_TIMEOUT)
                .withDetail(session.username() + " away for " + idle.toMinutes() + " min"));
    }

    private SignInResult signIn(String username, char[] password, String terminal, boolean unlocking) {
        return tx.inTransaction(em -> {
            Instant now = clock.instant();
            Optional<StaffUser> found = StaffStore.byUsername(em, username);
            boolean passwordOk =
                    hasher.verify(password, found.map(StaffUser::passwordHash).orElse(hasher.dummyHash()));
            if (found.isEmpty()) {
                outcomes.refuse(em, null, AuditReason.UNKNOWN_USER, terminal, now);
                return SignInResult.refused();
            }
            StaffUser user = found.get();
            if (user.disabled() || user.lockedAt(now)) {
                outcomes.refuse(
                        em,
                        null,
                        user.disabled() ? AuditReason.ACCOUNT_DISABLED : AuditReason.ACCOUNT_LOCKED,
                        terminal,
                        now,
                        user.username());
                return SignInResult.refused();
            }
            if (!passwordOk) {
                outcomes.refuse(em, user, AuditReason.WRONG_PASSWORD, terminal, now);
                return SignInResult.refused();
            }
            if (user.mfaEnrolled()) {
                return SignInResult.pending(
                        SignInResult.Status.NEED_SECOND_FACTOR,
                        pending.remember(user.id(), false, unlocking),
                        "Enter the 6-digit code from your authenticator app, or a recovery code.");
            }
            if (user.mustChangePassword()) {
                return newPasswordNeeded(user);
            }
            if (needsEnrolment(em, user)) {
                return SignInResult.pending(
                        SignInResult.Status.NEED_ENROLMENT,
                        pending.remember(user.id()),
                        "Your account needs a second factor. Set it up now.");
            }
            return outcomes.success(em, user, terminal, now, "password", unlocking);
        });
    }

    public SignInResult secondFactor(String token, String code, String terminal) {
        PendingSignIns.Pending step = pending.live(token);
        return tx.inTransaction(em -> {
            Instant now = clock.instant();
            StaffUser user = em.find(StaffUser.class, step.userId());
            if (user == null || user.disabled() || user.lockedAt(now) || !user.mfaEnrolled()) {
                pending.forget(token);
                return SignInResult.refused();
            }
            if (RecoveryCodes.looksLikeRecoveryCode(code) && recovery.redeem(em, user.id(), code, now)) {
                pending.forget(token);
                return user.mustChangePassword()
                        ? newPasswordNeeded(user)
                        : outcomes.success(
                                em,
                                user,
                                terminal,
                                now,
                                "recovery code (" + AuditReason.RECOVERY_CODE_USED + ")",
                                step.unlocking());
            }
            byte[] secret = cipher.decryptBytes(user.totpSecretCipher(), user.associatedData());
            OptionalLong step2 = Totp.matchingStep(secret, code == null ? "" : code.strip(), now);
            if (step2.isEmpty() || step2.getAsLong() <= user.totpLastStep()) {
                outcomes.refuse(em, user, AuditReason.WRONG_SECOND_FACTOR, terminal, now);
                if (user.lockedAt(now)) {
                    pending.forget(token);
                }
                return new SignInResult(
                        user.lockedAt(now) ? SignInResult.Status.REFUSED : SignInResult.Status.NEED_SECOND_FACTOR,
                        "That code is not right. Try the newest code.",
                        Optional.empty(),
                        user.lockedAt(now) ? Optional.empty() : Optional.of(token));
            }
            user.acceptTotpStep(step2.getAsLong());
            pending.forget(token);
            return user.mustChangePassword()
                    ? newPasswordNeeded(user)
                    : outcomes.success(em, user, terminal, now, "authenticator code", step.unlocking());
        });
    }

    private SignInResult newPasswordNeeded(StaffUser user) {
        String token = pending.remember(user.id(), true, false);
        return SignInResult.pending(
                SignInResult.Status.NEED_NEW_PASSWORD,
                token,
                "An admin set your password. " + "Choose your own now: only you should know it.");
    }

    private boolean needsEnrolment(EntityManager em, StaffUser user) {
        return !user.mfaEnrolled()
                && (user.role() == Role.ADMIN || policies.current(em).requireMfaForAll());
    }

    /**
     * The staff member's own password, in place of the one an admin typed. Allowed only after the password and
     * the second factor (where enrolled) were right; then the sign-in goes on (enrolment where the policy asks).
     */
    public SignInResult choosePassword(String token, char[] password, char[] confirm, String terminal) {
        PendingSignIns.Pending step = pending.live(token);
        if (!step.passwordChange()) {
            throw new StaffException("This sign-in cannot set a password. Please start again.");
        }
        if (!Arrays.equals(password, confirm)) {
            throw new StaffException("The two passwords are not the same.");
        }
        return tx.inTransaction(em -> {
            Instant now = clock.instant();
            StaffUser user = em.find(StaffUser.class, step.userId());
            if (user == null || user.disabled() || user.lockedAt(now)) {
                pending.forget(token);
                return SignInResult.refused();
            }
            String problem = PasswordRules.problem(password, user.username());
            if (problem != null) {
                throw new StaffException(problem);
            }
            if (hasher.verify(password, user.passwordHash())) {
                throw new StaffException("Choose a password other than the one the admin gave you.");
            }
            user.setPasswordHash(hasher.hash(password));
            user.setMustChangePassword(false);
            audit.append(
                    em,
                    AuditRecord.by(
                                    Actor.staff(user.username(), terminal),
                                    AuditEventType.STAFF_ACCOUNT_CHANGED,
                                    AuditReason.OK)
                            .withDetail(user.username() + " chose their own password"));
            pending.forget(token);
            if (needsEnrolment(em, user)) {
                return SignInResult.pending(
                        SignInResult.Status.NEED_ENROLMENT,
                        pending.remember(user.id()),
                        "Your account needs a second factor. Set it up now.");
            }
            return outcomes.success(em, user, terminal, now, "password, then a new password of their own", false);
        });
    }

    /** A new secret for the authenticator app; kept with the pending sign-in until confirmed with a code. */
    public Enrolment beginEnrolment(String token, String username) {
        return enrolment.begin(token, username);
    }

    /** The first code proves the app has the secret; then the secret is stored and recovery codes issued. */
    public Optional<Enrolled> confirmEnrolment(String token, String code, String terminal) {
        return enrolment.confirm(token, code, terminal);
    }

    public void signOut(StaffSession session, String terminal) {
        audit.record(AuditRecord.by(
                        Actor.staff(session.username(), terminal),
                        AuditEventType.STAFF_SIGNED_OUT,
                        AuditReason.SIGNED_OUT)
                .withDetail(session.username()));
    }
}
