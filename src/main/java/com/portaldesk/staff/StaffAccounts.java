package com.portaldesk.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.DuplicateKeyException;
import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** What an admin does with staff accounts. Every change is audited with who made it; admins only. */
public final class StaffAccounts {
    private final Tx tx;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordHasher hasher;

    public StaffAccounts(Tx tx, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses a new account with every problem of the form at once, so the person mends them in one go. */
    static void checkNew(String username, String displayName, char[] password) {
        Map<StaffException.Field, String> problems = new LinkedHashMap<>();
        if (!StaffStore.USERNAME.matcher(username).matches()) {
            problems.put(
                    StaffException.Field.USERNAME,
                    "A user name is 3 to 64 letters, digits, dots, dashes or underscores.");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            problems.put(StaffException.Field.DISPLAY_NAME, "Enter the person's name (up to 100 characters).");
        }
        String problem = PasswordRules.problem(password, username);
        if (problem != null) {
            problems.put(StaffException.Field.PASSWORD, problem);
        }
        if (!problems.isEmpty()) {
            throw new StaffException(problems);
        }
    }

    /** Display names by user name, for naming staff members in the audit log. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        return tx.inTransaction(em -> em
                .createQuery(
                        "select new " + NameRow.class.getName()
                                + "(u.username, u.displayName) from StaffUser u where u.username in :names",
                        NameRow.class)
                .setParameter("names", usernames)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(NameRow::username, NameRow::displayName)));
    }

    record NameRow(String username, String displayName) {}

    public List<StaffAccount> list() {
        return tx.inTransaction(em ->
                em
                        .createQuery("select u from StaffUser u order by u.username", StaffUser.class)
                        .getResultList()
                        .stream()
                        .map(StaffUser::toAccount)
                        .toList());
    }

    public StaffAccount add(
            StaffSession admin, String username, String displayName, Role role, char[] password, String terminal) {
        requireAdmin(admin);
        String name = StaffStore.normalise(username);
        checkNew(name, displayName, password);
        try {
            return tx.inTransaction(em -> {
                if (StaffStore.byUsername(em, name).isPresent()) {
                    throw new StaffException("The user name " + name + " is taken.", StaffException.Field.USERNAME);
                }
                StaffUser user = new StaffUser(name, displayName.strip(), role, hasher.hash(password), clock.instant());
                user.setMustChangePassword(true); // the admin knows this one; the new member chooses their own
                em.persist(user);
                changed(em, admin, terminal, "added " + name + " as " + role);
                return user.toAccount();
            });
        } catch (DuplicateKeyException e) {
            throw new StaffException("The user name " + name + " is taken.", StaffException.Field.USERNAME);
        }
    }

    public void setDisabled(StaffSession admin, UUID id, boolean disabled, String terminal) {
        change(admin, id, terminal, user -> user.setDisabled(disabled), (disabled ? "disabled " : "enabled "));
    }

    public void changeRole(StaffSession admin, UUID id, Role role, String terminal) {
        change(admin, id, terminal, user -> user.setRole(role), "made " + role + ": ");
    }

    public void setCanRevealSsn(StaffSession admin, UUID id, boolean allowed, String terminal) {
        change(
                admin,
                id,
                terminal,
                user -> user.setCanRevealSsn(allowed),
                (allowed ? "allowed" : "withdrew") + " revealing full SSNs: ");
    }

    public void unlock(StaffSession admin, UUID id, String terminal) {
        change(admin, id, terminal, StaffUser::unlock, "unlocked ");
    }

    public void resetPassword(StaffSession admin, UUID id, char[] newPassword, String terminal) {
        requireAdmin(admin);
        tx.run(em -> {
            StaffUser user = load(em, id);
            String problem = PasswordRules.problem(newPassword, user.username());
            if (problem != null) {
                throw new StaffException(problem);
            }
            user.setPasswordHash(hasher.hash(newPassword));
            user.setMustChangePassword(true);
            user.unlock();
            changed(em, admin, terminal, "reset the password of " + user.username());
        });
    }

    public void resetMfa(StaffSession admin, UUID id, String terminal) {
        requireAdmin(admin);
        tx.run(em -> {
            StaffUser user = load(em, id);
            user.resetMfa();
            em.createQuery("delete from RecoveryCode r where r.staffId = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            audit.append(
                    em,
                    AuditRecord.by(
                                    Actor.staff(admin.username(), terminal),
                                    AuditEventType.STAFF_MFA_RESET,
                                    AuditReason.OK)
                            .withDetail(user.username() + " by " + admin.username()));
        });
    }

    private void change(StaffSession admin, UUID id, String terminal, Consumer<StaffUser> edit, String what) {
        requireAdmin(admin);
        tx.run(em -> {
            StaffUser user = load(em, id);
            if (user.id().equals(admin.userId()) && !what.startsWith("unlocked")) {
                throw new StaffException(
                        "Ask another admin to change your own account, so no one locks themselves out.");
            }
            edit.accept(user);
            changed(em, admin, terminal, what + user.username());
        });
    }

    private void changed(EntityManager em, StaffSession admin, String terminal, String what) {
        audit.append(
                em,
                AuditRecord.by(
                                Actor.staff(admin.username(), terminal),
                                AuditEventType.STAFF_ACCOUNT_CHANGED,
                                AuditReason.OK)
                        .withDetail(admin.username() + " " + what));
    }

    private static StaffUser load(EntityManager em, UUID id) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null) {
            throw new StaffException("This account no longer exists.");
        }
        return user;
    }

    static void requireAdmin(StaffSession session) {
        if (session == null || !session.isAdmin()) {
            throw new StaffException("Only an admin can do this.");
        }
    }
}
