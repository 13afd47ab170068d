package com.portaldesk.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.staff.StaffAuth.Enrolled;
import com.portaldesk.staff.StaffAuth.Enrolment;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A staff member setting up their authenticator app during a sign-in: a new secret shown once, proved by the first
 * code from the app before it is stored (encrypted), and then recovery codes issued and the person signed in.
 */
final class StaffEnrolment {
    private static final String ISSUER = "PortalDesk";

    private final Tx tx;
    private final FieldCipher cipher;
    private final RecoveryCodes recovery;
    private final AuditLog audit;
    private final Clock clock;
    private final PendingSignIns pending;
    private final SignInOutcomes outcomes;

    StaffEnrolment(
            Tx tx,
            FieldCipher cipher,
            RecoveryCodes recovery,
            AuditLog audit,
            Clock clock,
            PendingSignIns pending,
            SignInOutcomes outcomes) {
        this.tx = tx;
        this.cipher = cipher;
        this.recovery = recovery;
        this.audit = audit;
        this.clock = clock;
        this.pending = pending;
        this.outcomes = outcomes;
    }

    /** A new secret for the authenticator app, kept with the pending sign-in until confirmed with a code. */
    Enrolment begin(String token, String username) {
        PendingSignIns.Pending step = pending.live(token);
        byte[] secret = Totp.newSecret();
        pending.holdSecret(token, step, secret);
        return new Enrolment(
                Totp.uri(ISSUER, username, secret),
                Totp.base32(secret).replaceAll("(.{4})", "$1 ").strip());
    }

    /** The first code proves the app has the secret; then the secret is stored and recovery codes issued. */
    Optional<Enrolled> confirm(String token, String code, String terminal) {
        PendingSignIns.Pending step = pending.live(token);
        if (step.newSecret() == null) {
            throw new StaffException("Start the enrolment first.");
        }
        return tx.inTransaction(em -> {
            Instant now = clock.instant();
            StaffUser user = em.find(StaffUser.class, step.userId());
            if (user.mustChangePassword()) { // the new password comes first; enrolling must not skip it
                throw new StaffException("Choose your own password first. Please start again.");
            }
            OptionalLong matched = Totp.matchingStep(step.newSecret(), code == null ? "" : code.strip(), now);
            if (matched.isEmpty()) {
                return Optional.<Enrolled>empty();
            }
            user.enrolTotp(cipher.encryptBytes(step.newSecret(), user.associatedData()));
            user.acceptTotpStep(matched.getAsLong());
            List<String> codes = recovery.issue(em, user.id());
            audit.append(
                    em,
                    AuditRecord.by(
                                    Actor.staff(user.username(), terminal),
                                    AuditEventType.STAFF_MFA_ENROLLED,
                                    AuditReason.OK)
                            .withDetail(user.username()));
            pending.forget(token);
            StaffSession session = outcomes.success(em, user, terminal, now, "new second factor", false)
                    .session()
                    .orElseThrow();
            return Optional.of(new Enrolled(session, codes));
        });
    }
}
