package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.app.AppContext;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class ContactServiceTest {
    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-03-01T15:00:00Z");
    private AppContext context;
    private ContactService contacts;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir, clock);
        contacts = context.contacts();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void add_storesNormalisedValuesAndMasksSsn() {
        ContactRecord added = contacts.add(
                new ContactBuilder().withEmail("  Amy.Bee@Example.COM ").build(), TestActor.STAFF);
        assertThat(added.email()).isEqualTo("amy.bee@example.com");
        assertThat(added.mobileE164()).isEqualTo("+14155550142");
        assertThat(added.mobileDisplay()).isEqualTo("(415) 555-0142");
        assertThat(added.maskedSecret()).isEqualTo("•••-••-9999");
        assertThat(added.secretKind()).isEqualTo(SecretKind.FULL_SSN);
        assertThat(added.channel()).isEqualTo(Channel.SMS);
        assertThat(added.createdAt()).isEqualTo(clock.instant());
        assertThat(added.readiness().ready()).isTrue();
    }

    @Test
    void add_invalidInput_isRefusedByFieldAndSavesNothing() {
        assertThatThrownBy(() -> contacts.add(
                        new ContactBuilder().withEmail("nope").withSsn("12a4").build(), TestActor.STAFF))
                .isInstanceOf(ContactException.class)
                .satisfies(e -> assertThat(((ContactException) e).fieldErrors())
                        .containsKeys(ContactField.EMAIL, ContactField.SSN));
        assertThat(contacts.search(ContactQuery.active("")).totalMatches()).isZero();
    }

    @Test
    void add_coupleSharingEmailWithDifferentLastFour_isAllowed() {
        contacts.add(TypicalContacts.ALICE, TestActor.STAFF);
        contacts.add(TypicalContacts.BOB, TestActor.STAFF);
        assertThat(contacts.search(ContactQuery.active("alice@example.com")).rows())
                .hasSize(2);
    }

    @Test
    void add_sameEmailAndLastFour_isRefusedNamingTheOtherContact() {
        contacts.add(TypicalContacts.ALICE, TestActor.STAFF);
        ContactInput clash = new ContactBuilder()
                .withName("Alicia", "Other")
                .withEmail("ALICE@example.com")
                .withSsn("6879")
                .build();
        assertThatThrownBy(() -> contacts.add(clash, TestActor.STAFF))
                .isInstanceOf(ContactConflictException.class)
                .hasMessageContaining("Alice Pauline");
        assertThat(contacts.search(ContactQuery.active("")).totalMatches()).isEqualTo(1);
    }

    @Test
    void add_pinClashingWithLastFour_isRefused() {
        contacts.add(TypicalContacts.ALICE, TestActor.STAFF);
        ContactInput pinClash = new ContactBuilder()
                .withName("Al", "Pin")
                .withEmail("alice@example.com")
                .withSsn("")
                .withPin("6879")
                .build();
        assertThatThrownBy(() -> contacts.add(pinClash, TestActor.STAFF)).isInstanceOf(ContactConflictException.class);
    }

    @Test
    void update_changesFieldsKeepsSsnWhenLeftBlankAndTouchesUpdatedAt() {
        ContactRecord alice = contacts.add(TypicalContacts.ALICE, TestActor.STAFF);
        clock.advance(Duration.ofHours(2));
        ContactRecord changed = contacts.update(
                alice.id(),
                new ContactBuilder()
                        .withName("Alice", "Pauline-Ray")
                        .withEmail("alice@example.com")
                        .withSsn("")
                        .build(),
                TestActor.STAFF);
        assertThat(changed.lastName()).isEqualTo("Pauline-Ray");
        assertThat(changed.maskedSecret()).isEqualTo("•••-••-6879");
        assertThat(changed.updatedAt()).isEqualTo(clock.instant());
        assertThat(changed.createdAt()).isEqualTo(alice.createdAt());
    }

    @Test
    void update_toClashWithAnother_isRefusedAndChangesNothing() {
        contacts.add(TypicalContacts.ALICE, TestActor.STAFF);
        ContactRecord carol = contacts.add(TypicalContacts.CAROL, TestActor.STAFF);
        assertThatThrownBy(() -> contacts.update(
                        carol.id(),
                        new ContactBuilder()
                                .withName("Carol", "Kurz")
                                .withEmail("alice@example.com")
                                .withSsn("6879")
                                .build(),
                        TestActor.STAFF))
                .isInstanceOf(ContactConflictException.class);
        assertThat(contacts.get(carol.id()).email()).isEqualTo("carol.kurz@example.org");
    }

    @Test
    void pin_standsInForLastFourAndIsFoundBySearch() {
        ContactRecord daniel = contacts.add(TypicalContacts.DANIEL, TestActor.STAFF);
        assertThat(daniel.readiness().reasons()).contains("No SSN last four or PIN on file.");
        ContactRecord withPin = contacts.update(
                daniel.id(),
                new ContactBuilder()
                        .withName("Daniel", "Meier")
                        .withEmail("d.meier@example.net")
                        .withMobile("")
                        .withSsn("")
                        .withPin("5183")
                        .build(),
                TestActor.STAFF);
        assertThat(withPin.secretKind()).isEqualTo(SecretKind.PIN);
        assertThat(withPin.readiness().ready()).isTrue();
        assertThat(contacts.search(ContactQuery.active("5183")).rows())
                .extracting(ContactRecord::id)
                .containsExactly(daniel.id());
        assertThat(contacts.suggestPin("d.meier@example.net").digits())
                .matches("[0-9]{4}")
                .isNotEqualTo("5183");
    }

    @Test
    void search_findsByNameEmailPhoneAndLastFour() {
        TypicalContacts.all().forEach(c -> contacts.add(c, TestActor.STAFF));
        assertThat(names("pauline")).containsExactly("Alice Pauline", "Bob Pauline");
        assertThat(names("KURZ carol")).containsExactly("Carol Kurz");
        assertThat(names("example.net")).containsExactly("Daniel Meier");
        assertThat(names("(212) 555-0101")).containsExactly("Alice Pauline");
        assertThat(names("4321")).containsExactly("Bob Pauline");
        assertThat(names("7351")).containsExactly("Carol Kurz");
        assertThat(names("nobody")).isEmpty();
    }

    @Test
    void search_treatsLikeWildcardsAndSqlAsPlainText() {
        TypicalContacts.all().forEach(c -> contacts.add(c, TestActor.STAFF));
        assertThat(names("%")).isEmpty();
        assertThat(names("_")).isEmpty();
        assertThat(names("' or 1=1 --")).isEmpty();
        assertThat(names("x".repeat(10_000))).isEmpty();
    }

    @Test
    void archive_hidesFromActiveAndRestoreBringsBack() {
        ContactRecord alice = contacts.add(TypicalContacts.ALICE, TestActor.STAFF);
        ContactRecord archived = contacts.setArchived(alice.id(), true, TestActor.STAFF);
        assertThat(archived.readiness().ready()).isFalse();
        assertThat(contacts.search(ContactQuery.active("")).rows()).isEmpty();
        assertThat(contacts.search(new ContactQuery("", ContactQuery.Scope.ARCHIVED, 10))
                        .rows())
                .hasSize(1);
        contacts.setArchived(alice.id(), false, TestActor.STAFF);
        assertThat(contacts.search(ContactQuery.active("")).rows()).hasSize(1);
    }

    @Test
    void portalAccessOff_makesContactNotReadyWithReason() {
        ContactRecord alice = contacts.add(TypicalContacts.ALICE, TestActor.STAFF);
        ContactRecord off = contacts.setPortalAccess(alice.id(), false, TestActor.STAFF);
        assertThat(off.readiness().ready()).isFalse();
        assertThat(off.readiness().reasons()).containsExactly("Portal access is off.");
    }

    @Test
    void readiness_explainsMissingMobileForTextChannel() {
        ContactRecord record = contacts.add(
                new ContactBuilder().withMobile("").withChannel("sms").build(), TestActor.STAFF);
        assertThat(record.readiness().reasons()).containsExactly("Prefers text messages but has no mobile number.");
    }

    @Test
    void search_limitsRowsAndReportsTotal() {
        context.contactImport()
                .run(
                        context.contactImport().judgeInputs(FakeContacts.generate(30, 1)),
                        ImportMode.VALID_ROWS,
                        ImportProgress.NONE,
                        "test file",
                        TestActor.STAFF);
        ContactPage page = contacts.search(new ContactQuery("", ContactQuery.Scope.ACTIVE, 10));
        assertThat(page.rows()).hasSize(10);
        assertThat(page.totalMatches()).isEqualTo(30);
        assertThat(page.truncated()).isTrue();
    }

    private List<String> names(String query) {
        return contacts.search(ContactQuery.active(query)).rows().stream()
                .map(ContactRecord::displayName)
                .toList();
    }

    @Test
    void everyMatch_overSeveralPages_comesOnceEach_inTheQuerysOrder() {
        context.contactImport()
                .run(
                        context.contactImport().judgeInputs(FakeContacts.generate(1_234, 7)),
                        ImportMode.VALID_ROWS,
                        ImportProgress.NONE,
                        "test",
                        TestActor.STAFF);
        List<ContactRecord> seen = new ArrayList<>();
        context.contacts().forEachToExport(new ContactQuery("", ContactQuery.Scope.ALL, Integer.MAX_VALUE), seen::add);
        assertThat(seen).hasSize(1_234);
        assertThat(seen).extracting(ContactRecord::id).doesNotHaveDuplicates();
        assertThat(seen)
                .isSortedAccordingTo(
                        Comparator.comparing(ContactRecord::lastName).thenComparing(ContactRecord::firstName));
        // For export: no SSN mask (no secret opened) and no display form, but everything the file carries.
        assertThat(seen)
                .allSatisfy(
                        c -> assertThat(c.maskedSecret() + c.mobileDisplay()).isEmpty());
        assertThat(seen).filteredOn(c -> c.secretKind() != SecretKind.NONE).isNotEmpty();
        assertThat(seen).filteredOn(c -> !c.mobileE164().isEmpty()).isNotEmpty();
    }
}
