package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffException;
import com.portaldesk.ui.common.Work;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Staff screen's logic with a fake directory: no FX toolkit, no database, no waiting. */
@Tag("plain")
class StaffAccountsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

    private static final class FakeDirectory implements StaffDirectory {
        final List<StaffAccount> accounts = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        boolean refuseEveryField;

        @Override
        public List<StaffAccount> list() {
            return List.copyOf(accounts);
        }

        @Override
        public void add(String username, String displayName, Role role, char[] firstPassword) {
            if (refuseEveryField) {
                throw new StaffException(Map.of(
                        StaffException.Field.USERNAME,
                        "user name",
                        StaffException.Field.DISPLAY_NAME,
                        "name",
                        StaffException.Field.PASSWORD,
                        "password"));
            }
            if (firstPassword.length < 12) {
                throw new StaffException("Use at least 12 characters; a few words together are easy to remember.");
            }
            accounts.add(account(username, role, false, null, true));
            calls.add("add " + username);
        }

        @Override
        public void setDisabled(UUID id, boolean disabled) {
            replace(id, a -> account(a.username(), a.role(), disabled, a.lockedUntil(), a.mustChangePassword()));
            calls.add((disabled ? "disable " : "enable ") + id);
        }

        @Override
        public void changeRole(UUID id, Role role) {
            replace(id, a -> account(a.username(), role, a.disabled(), a.lockedUntil(), a.mustChangePassword()));
        }

        @Override
        public void resetPassword(UUID id, char[] password) {
            calls.add("password " + new String(password));
        }

        @Override
        public void resetMfa(UUID id) {
            calls.add("mfa");
        }

        @Override
        public void unlock(UUID id) {
            calls.add("unlock");
        }

        private void replace(UUID id, UnaryOperator<StaffAccount> change) {
            for (int i = 0; i < accounts.size(); i++) {
                if (accounts.get(i).id().equals(id)) {
                    StaffAccount changed = change.apply(accounts.get(i));
                    accounts.set(
                            i,
                            new StaffAccount(
                                    id,
                                    changed.username(),
                                    changed.displayName(),
                                    changed.role(),
                                    changed.canRevealSsn(),
                                    changed.disabled(),
                                    changed.mfaEnrolled(),
                                    changed.lockedUntil(),
                                    changed.lastSignInAt(),
                                    changed.mustChangePassword()));
                }
            }
        }
    }

    private static StaffAccount account(
            String username, Role role, boolean disabled, Instant lockedUntil, boolean mustChange) {
        return new StaffAccount(
                UUID.randomUUID(),
                username,
                username.toUpperCase(Locale.ROOT),
                role,
                false,
                disabled,
                false,
                lockedUntil,
                null,
                mustChange);
    }

    private final FakeDirectory directory = new FakeDirectory();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StaffAccountsViewModel model = new StaffAccountsViewModel(
            directory, Work.direct(), dialogs, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void eachNamedAction_appliesOnlyWhereItMakesSense_andTheSelectionSurvivesTheReload() {
        directory.accounts.add(account("frontdesk", Role.STAFF, false, null, false));
        model.refresh();
        var disable = model.applies(StaffAccountsViewModel::canDisable);
        var enable = model.applies(StaffAccountsViewModel::canEnable);
        var makeAdmin = model.applies(StaffAccountsViewModel::canMakeAdmin);
        var resetMfa = model.applies(StaffAccountsViewModel::canResetMfa);
        var unlock = model.applies(model::canUnlock);
        assertThat(disable.get()).as("nothing selected").isFalse();
        assertThat(model.applies(account -> true).get())
                .as("nothing selected, nothing applies")
                .isFalse();
        model.selectedProperty().set(model.rows().get(0));
        assertThat(disable.get()).isTrue();
        assertThat(enable.get()).isFalse();
        assertThat(makeAdmin.get()).isTrue();
        assertThat(resetMfa.get()).as("no second factor set up").isFalse();
        assertThat(unlock.get()).as("not locked").isFalse();

        directory.accounts.add(account("lockedout", Role.STAFF, false, NOW.plusSeconds(600), false));
        model.refresh();
        model.selectedProperty()
                .set(model.rows().stream()
                        .filter(a -> a.username().equals("lockedout"))
                        .findFirst()
                        .orElseThrow());
        assertThat(unlock.get()).as("locked for ten more minutes").isTrue();
        model.selectedProperty()
                .set(model.rows().stream()
                        .filter(a -> a.username().equals("frontdesk"))
                        .findFirst()
                        .orElseThrow());

        model.setDisabled(true);
        assertThat(model.statusProperty().get()).isEqualTo("Disabled frontdesk.");
        assertThat(model.selectedProperty().get().disabled()).isTrue();
        assertThat(disable.get()).isFalse();
        assertThat(enable.get()).isTrue();
        assertThat(model.stateOf(model.selectedProperty().get())).isEqualTo("disabled");
    }

    @Test
    void aRefusedNewAccount_isSaidToTheFormAsking_soItCanStayOpen_andAGoodOneClosesIt() {
        List<StaffAccountsViewModel.AddRefusal> refusals = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        model.add("bob", "Bob Ray", Role.STAFF, "short".toCharArray(), refusals::add, () -> closed.add("closed"));
        assertThat(refusals)
                .singleElement()
                .extracting(StaffAccountsViewModel.AddRefusal::inWords)
                .asString()
                .startsWith("Use at least 12 characters");
        assertThat(closed).isEmpty();
        assertThat(dialogs.shown)
                .as("said in the form, not in a box of its own")
                .isEmpty();
        assertThat(directory.accounts).isEmpty();

        model.add(
                "bob",
                "Bob Ray",
                Role.STAFF,
                "quiet meadow lamp".toCharArray(),
                refusals::add,
                () -> closed.add("closed"));
        assertThat(closed).containsExactly("closed");
        assertThat(refusals).hasSize(1);
        assertThat(directory.calls).containsExactly("add bob");
    }

    @Test
    void aNewAccountWithThreeProblems_isRefusedWithAllThree_eachBesideItsField() {
        directory.refuseEveryField = true;
        List<StaffAccountsViewModel.AddRefusal> refusals = new ArrayList<>();
        model.add("b", " ", Role.STAFF, "short".toCharArray(), refusals::add, () -> {});
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.byField())
                    .containsOnlyKeys(
                            StaffException.Field.USERNAME,
                            StaffException.Field.DISPLAY_NAME,
                            StaffException.Field.PASSWORD);
            assertThat(refusal.general()).isEmpty();
        });
    }

    @Test
    void addingAndResettingPasswords_sayThatTheMemberChoosesTheirOwn_andARefusalChangesNothing() {
        model.add("bob", "Bob Ray", Role.STAFF, "short".toCharArray());
        assertThat(dialogs.shown)
                .singleElement()
                .asString()
                .startsWith("error: Use at least 12 characters")
                .endsWith("Nothing was changed.");
        assertThat(directory.accounts).isEmpty();

        model.add("bob", "Bob Ray", Role.STAFF, "quiet meadow lamp".toCharArray());
        assertThat(model.statusProperty().get()).contains("they choose their own at the first sign-in");
        assertThat(model.stateOf(model.rows().get(0))).isEqualTo("active; chooses a password at next sign-in");

        model.resetPassword(a -> Optional.of("new one for bob".toCharArray()));
        assertThat(model.statusProperty().get()).isEqualTo("Select an account first.");
        model.selectedProperty().set(model.rows().get(0));
        model.resetPassword(a -> Optional.empty());
        assertThat(directory.calls).containsExactly("add bob");
        model.resetPassword(a -> Optional.of("new one for bob".toCharArray()));
        assertThat(directory.calls).containsExactly("add bob", "password new one for bob");
        assertThat(model.statusProperty().get()).endsWith("They choose their own at the next sign-in.");
    }

    @Test
    void resetSecondFactor_asksFirst_andALockedAccountSaysUntilWhen() {
        directory.accounts.add(account("cara", Role.ADMIN, false, NOW.plusSeconds(600), false));
        model.refresh();
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.stateOf(model.rows().get(0))).isEqualTo("locked until Dec 2, 2026 15:10");
        dialogs.confirmAnswer = false;
        model.resetMfa();
        assertThat(directory.calls).isEmpty();
        dialogs.confirmAnswer = true;
        model.resetMfa();
        assertThat(directory.calls).containsExactly("mfa");
        assertThat(model.statusProperty().get()).isEqualTo("Second factor reset for cara.");
    }
}
