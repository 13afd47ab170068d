package com.portaldesk.ui.staff;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffException;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Work;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Staff accounts: each action named and offered only where it applies to the selected account (Disable or Enable,
 * Make admin or Make staff); every change reloads the list and says what happened. Plain properties and a
 * {@link Work}: tested with a fake directory, without the FX toolkit.
 */
public final class StaffAccountsViewModel {
    private final StaffDirectory directory;
    private final Work work;
    private final DialogService dialogs;
    private final Clock clock;
    private final DateTimeFormatter when;
    private final ObservableList<StaffAccount> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StaffAccount> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    public StaffAccountsViewModel(
            StaffDirectory directory, Work work, DialogService dialogs, Clock clock, ZoneId zone) {
        this.directory = directory;
        this.work = work;
        this.dialogs = dialogs;
        this.clock = clock;
        this.when = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm").withZone(zone);
    }

    public void refresh() {
        work.then(
                directory::list,
                list -> {
                    UUID keep = selected.get() == null ? null : selected.get().id();
                    rows.setAll(list);
                    selected.set(list.stream()
                            .filter(a -> a.id().equals(keep))
                            .findFirst()
                            .orElse(null));
                },
                error -> status.set("Cannot read the accounts: " + error.getMessage()));
    }

    /** True when an account is selected and the action applies to it. */
    public BooleanBinding applies(Predicate<StaffAccount> action) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && action.test(selected.get()), selected);
    }

    public static boolean canDisable(StaffAccount a) {
        return !a.disabled();
    }

    /** Unlock is offered while sign-in is locked after too many tries, not for an account that signs in. */
    public boolean canUnlock(StaffAccount a) {
        return a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant());
    }

    /** A second factor is reset only where one was set up. */
    public static boolean canResetMfa(StaffAccount a) {
        return a.mfaEnrolled();
    }

    public static boolean canEnable(StaffAccount a) {
        return a.disabled();
    }

    public static boolean canMakeAdmin(StaffAccount a) {
        return a.role() != Role.ADMIN;
    }

    public static boolean canMakeStaff(StaffAccount a) {
        return a.role() != Role.STAFF;
    }

    /** Why a new account was refused: beside each field it names, and in general where it names none. */
    public record AddRefusal(Map<StaffException.Field, String> byField, String general) {
        static AddRefusal of(Throwable error) {
            return error instanceof StaffException refusal
                            && !refusal.problems().isEmpty()
                    ? new AddRefusal(refusal.problems(), "")
                    : new AddRefusal(Map.of(), error.getMessage());
        }

        /** Every reason in one text, for a box of its own. */
        public String inWords() {
            return general.isEmpty() ? String.join("\n", byField.values()) : general;
        }
    }

    public void add(String username, String displayName, Role role, char[] firstPassword) {
        add(
                username,
                displayName,
                role,
                firstPassword,
                why -> dialogs.showError("Not changed", why.inWords() + "\n\nNothing was changed."),
                () -> {});
    }

    /**
     * Adds the account. A refusal goes to {@code refused}, every problem at once, so that the form asking for it can
     * stay open with everything typed and mark each field; {@code added} runs once the account exists.
     */
    public void add(
            String username,
            String displayName,
            Role role,
            char[] firstPassword,
            Consumer<AddRefusal> refused,
            Runnable added) {
        String done = "Added " + username.strip() + ". Tell them the first password in person; they choose their own "
                + "at the first sign-in.";
        work.then(
                () -> {
                    directory.add(username, displayName, role, firstPassword);
                    return done;
                },
                message -> {
                    status.set(message);
                    refresh();
                    added.run();
                },
                error -> refused.accept(AddRefusal.of(error)));
    }

    public void setDisabled(boolean disabled) {
        withSelected(a -> act(
                () -> directory.setDisabled(a.id(), disabled),
                (disabled ? "Disabled " : "Enabled ") + a.username() + "."));
    }

    public void setRole(Role role) {
        withSelected(a -> act(
                () -> directory.changeRole(a.id(), role),
                a.username() + " is now " + (role == Role.ADMIN ? "an admin" : "staff") + "."));
    }

    /** {@code ask} asks the admin for the selected account's new password (empty when they cancel). */
    public void resetPassword(Function<StaffAccount, Optional<char[]>> ask) {
        withSelected(a -> ask.apply(a)
                .ifPresent(password -> act(
                        () -> directory.resetPassword(a.id(), password),
                        "New password set for " + a.username() + "; tell them in person. They choose their own at the "
                                + "next sign-in.")));
    }

    public void resetMfa() {
        withSelected(a -> {
            if (dialogs.confirm(
                    "Reset second factor",
                    a.username() + " will set up a new authenticator at the next "
                            + "sign-in, and the old recovery codes stop working.",
                    "Reset second factor")) {
                act(() -> directory.resetMfa(a.id()), "Second factor reset for " + a.username() + ".");
            }
        });
    }

    public void unlock() {
        withSelected(a -> act(() -> directory.unlock(a.id()), "Unlocked " + a.username() + "."));
    }

    private void withSelected(Consumer<StaffAccount> action) {
        if (selected.get() == null) {
            status.set("Select an account first.");
            return;
        }
        action.accept(selected.get());
    }

    private void act(Runnable change, String done) {
        work.then(
                () -> {
                    change.run();
                    return done;
                },
                message -> {
                    status.set(message);
                    refresh();
                },
                error -> dialogs.showError("Not changed", error.getMessage() + "\n\nNothing was changed."));
    }

    /** Whether the account can sign in now, in words. */
    public String stateOf(StaffAccount account) {
        if (account.disabled()) {
            return "disabled";
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant())) {
            return "locked until " + when.format(account.lockedUntil());
        }
        return account.mustChangePassword() ? "active; chooses a password at next sign-in" : "active";
    }

    public String lastSignInOf(StaffAccount account) {
        return account.lastSignInAt() == null ? "never" : when.format(account.lastSignInAt());
    }

    public static final Function<StaffAccount, String> ROLE = a -> a.role() == Role.ADMIN ? "Admin" : "Staff";

    public ObservableList<StaffAccount> rows() {
        return rows;
    }

    public ObjectProperty<StaffAccount> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
