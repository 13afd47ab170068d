package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contacts list over every match: filters, database sorting, pages, bulk changes and the change stamp. */
@Tag("db")
class ContactListTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private ContactService contacts;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir);
        contacts = context.contacts();
        TypicalContacts.all().forEach(c -> contacts.add(c, TestActor.STAFF));
        contacts.add(
                new ContactBuilder()
                        .withName("Erin", "Oak")
                        .withEmail("")
                        .withSsn("1234")
                        .build(),
                TestActor.STAFF);
        contacts.add(
                new ContactBuilder()
                        .withName("Fay", "Ash")
                        .withEmail("fay@example.com")
                        .withMobile("")
                        .withChannel("sms")
                        .withSsn("4321")
                        .build(),
                TestActor.STAFF);
        contacts.add(
                new ContactBuilder()
                        .withName("Gus", "Elm")
                        .withEmail("gus@example.com")
                        .withPortalAccess(false)
                        .withSsn("5678")
                        .build(),
                TestActor.STAFF);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<String> names(ContactFilter filter) {
        return contacts
                .search(new ContactQuery("", ContactQuery.Scope.ACTIVE, filter, ContactSort.NAME, false, null, 0, 100))
                .rows()
                .stream()
                .map(ContactRecord::displayName)
                .toList();
    }

    @Test
    void eachNotReadyReason_isAFilterOfItsOwn_andAgreesWithTheReadinessShown() {
        assertThat(names(ContactFilter.NO_EMAIL)).containsExactly("Erin Oak");
        assertThat(names(ContactFilter.NO_SECRET)).containsExactly("Daniel Meier");
        assertThat(names(ContactFilter.PORTAL_OFF)).containsExactly("Gus Elm");
        assertThat(names(ContactFilter.TEXTS_WITHOUT_MOBILE)).containsExactly("Fay Ash");
        assertThat(names(ContactFilter.NO_MOBILE)).containsExactlyInAnyOrder("Bob Pauline", "Daniel Meier", "Fay Ash");
        List<ContactRecord> everyone = contacts.search(ContactQuery.active("")).rows();
        assertThat(names(ContactFilter.NOT_READY))
                .containsExactlyInAnyOrderElementsOf(everyone.stream()
                        .filter(c -> !c.readiness().ready())
                        .map(ContactRecord::displayName)
                        .toList());
        assertThat(names(ContactFilter.NOT_READY)).hasSize(4);
    }

    @Test
    void sort_ordersEveryMatchInTheDatabase_bothWays_withEmptyValuesLast() {
        ContactQuery byEmail = new ContactQuery(
                "", ContactQuery.Scope.ACTIVE, ContactFilter.EVERYONE, ContactSort.EMAIL, false, null, 0, 100);
        assertThat(contacts.search(byEmail).rows())
                .extracting(ContactRecord::email)
                .containsExactly(
                        "alice@example.com",
                        "alice@example.com",
                        "carol.kurz@example.org",
                        "d.meier@example.net",
                        "fay@example.com",
                        "gus@example.com",
                        "");
        ContactQuery descending = new ContactQuery(
                "", ContactQuery.Scope.ACTIVE, ContactFilter.EVERYONE, ContactSort.EMAIL, true, null, 0, 100);
        assertThat(contacts.search(descending).rows())
                .extracting(ContactRecord::email)
                .startsWith("gus@example.com", "fay@example.com")
                .endsWith("");
        ContactQuery byName = new ContactQuery(
                "", ContactQuery.Scope.ACTIVE, ContactFilter.EVERYONE, ContactSort.NAME, true, null, 0, 100);
        assertThat(contacts.search(byName).rows())
                .extracting(ContactRecord::displayName)
                .startsWith("Bob Pauline", "Alice Pauline", "Erin Oak")
                .endsWith("Fay Ash");
    }

    @Test
    void pages_coverEveryMatchOnce_withTheTotalOnEachPage() {
        for (int i = 0; i < 25; i++) {
            contacts.add(
                    new ContactBuilder()
                            .withName("Page", String.format("Person%02d", i))
                            .withEmail("page" + i + "@example.com")
                            .withSsn(String.format("%04d", 1000 + i))
                            .build(),
                    TestActor.STAFF);
        }
        List<UUID> seen = new ArrayList<>();
        for (int offset = 0; offset < 40; offset += 10) {
            ContactPage page = contacts.search(new ContactQuery(
                    "page",
                    ContactQuery.Scope.ACTIVE,
                    ContactFilter.EVERYONE,
                    ContactSort.NAME,
                    false,
                    null,
                    offset,
                    10));
            assertThat(page.totalMatches()).isEqualTo(25);
            page.rows().forEach(r -> seen.add(r.id()));
        }
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void bulkArchive_changesAllInOneGo_auditsEach_andSkipsThoseAlreadyArchived() {
        List<ContactRecord> paulines =
                contacts.search(ContactQuery.active("pauline")).rows();
        Set<UUID> ids = new HashSet<>(paulines.stream().map(ContactRecord::id).toList());
        contacts.setArchived(paulines.get(0).id(), true, TestActor.STAFF);

        assertThat(contacts.setArchived(ids, true, TestActor.STAFF)).isEqualTo(1);
        assertThat(contacts.search(ContactQuery.active("pauline")).totalMatches())
                .isZero();
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.CONTACT_ARCHIVED, null, null, 10)))
                .extracting(e -> e.contactId())
                .containsExactlyInAnyOrderElementsOf(ids);

        assertThat(contacts.setPortalAccess(ids, false, TestActor.STAFF)).isEqualTo(2);
        assertThat(ids)
                .allSatisfy(id -> assertThat(contacts.get(id).portalAccess()).isFalse());
    }

    @Test
    void onlyIds_restrictsToThoseContacts_andAnEmptySetMatchesNone() {
        ContactRecord carol =
                contacts.search(ContactQuery.active("kurz")).rows().get(0);
        assertThat(contacts.search(ContactQuery.active("").onlyIds(Set.of(carol.id())))
                        .rows())
                .containsExactly(carol);
        assertThat(contacts.search(ContactQuery.active("").onlyIds(Set.of())).totalMatches())
                .isZero();
    }

    @Test
    void stamp_changesWithEveryAddAndChange_andNotOtherwise() {
        ContactsStamp before = contacts.stamp();
        assertThat(contacts.stamp()).isEqualTo(before);
        ContactRecord carol =
                contacts.search(ContactQuery.active("kurz")).rows().get(0);
        contacts.setPortalAccess(carol.id(), false, TestActor.STAFF);
        ContactsStamp changed = contacts.stamp();
        assertThat(changed).isNotEqualTo(before);
        assertThat(changed.count()).isEqualTo(before.count());
        contacts.add(
                new ContactBuilder()
                        .withName("Hal", "Yew")
                        .withEmail("hal@example.com")
                        .build(),
                TestActor.STAFF);
        assertThat(contacts.stamp().count()).isEqualTo(before.count() + 1);
    }
}
