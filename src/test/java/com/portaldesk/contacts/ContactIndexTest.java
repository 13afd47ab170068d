package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory contact search gives exactly the database's answer (same matches, same order, same count) for
 * every text, scope, filter, order and page, and sees at its next search what another workstation wrote.
 */
@Tag("db")
class ContactIndexTest {
    private static final List<String> FIRST = List.of("Ann", "ann", "Émile", "Zoë", "Bob", "Smith", "O'Neil", "Li");
    private static final List<String> LAST =
            List.of("Smith", "smithson", "Åberg", "Lee", "Example", "de la Cruz", "Zhang", "Oak");
    private static final List<String> TEXTS =
            List.of("", "a", "SMITH", "example.org", "(415) 555", "1234", "50%", "an e", "é");

    @TempDir
    Path dataDir;

    private AppContext context;
    private ContactService contacts;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir);
        contacts = context.contacts();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyQuery_answersExactlyAsTheDatabaseDoes() {
        List<UUID> ids = seedVariedContacts(120);
        contacts.prepareSearch();
        for (String text : TEXTS) {
            for (ContactQuery.Scope scope : ContactQuery.Scope.values()) {
                for (ContactFilter filter : ContactFilter.values()) {
                    for (ContactSort sort : ContactSort.values()) {
                        if (!sort.inMemory()) {
                            continue;
                        }
                        for (boolean descending : new boolean[] {false, true}) {
                            Set<UUID> only = filter == ContactFilter.LOCKED ? Set.copyOf(ids.subList(0, 30)) : null;
                            ContactQuery query = new ContactQuery(text, scope, filter, sort, descending, only, 0, 500);
                            assertSameAnswer(query);
                            assertSameAnswer(query.page(5, 7));
                        }
                    }
                }
            }
        }
    }

    @Test
    void changesFromAnotherWorkstation_showAtTheNextSearch() throws Exception {
        seedVariedContacts(20);
        contacts.prepareSearch();
        assertThat(contacts.search(ContactQuery.active("quill")).totalMatches()).isZero();
        try (AppContext other = TestDatabase.open(dataDir)) {
            ContactRecord zed = other.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName("Zed", "Quill")
                                    .withEmail("zed@quill.example")
                                    .withSsn("111-22-7777")
                                    .build(),
                            TestActor.STAFF);
            assertThat(ids("quill")).containsExactly(zed.id());

            other.contacts()
                    .update(
                            zed.id(),
                            new ContactBuilder()
                                    .withName("Zed", "Plume")
                                    .withEmail("zed@plume.example")
                                    .withSsn("111-22-7777")
                                    .build(),
                            TestActor.STAFF);
            assertThat(ids("quill")).isEmpty();
            assertThat(ids("plume")).containsExactly(zed.id());
            assertThat(ids("7777")).containsExactly(zed.id());

            other.contacts()
                    .update(
                            zed.id(),
                            new ContactBuilder()
                                    .withName("Zed", "Plume")
                                    .withEmail("zed@plume.example")
                                    .withSsn("111-22-9999")
                                    .build(),
                            TestActor.STAFF);
            assertThat(ids("7777"))
                    .as("the old last four no longer finds the contact")
                    .isEmpty();
            assertThat(ids("9999")).containsExactly(zed.id());

            other.contacts().setArchived(zed.id(), true, TestActor.STAFF);
            assertThat(ids("plume")).isEmpty();

            Path file = dataDir.resolve("more.csv");
            Files.writeString(file, "First name,Last name,Email,SSN\nYara,Quill,yara@quill.example,222-33-8888\n");
            CsvFile read = CsvFile.read(file);
            other.contactImport()
                    .run(
                            other.contactImport().judge(read, ColumnMapping.guess(read.headers())),
                            ImportMode.VALID_ROWS,
                            ImportProgress.NONE,
                            "more.csv",
                            TestActor.STAFF);
            Files.delete(file);
            assertThat(contacts.search(ContactQuery.active("quill")).rows())
                    .extracting(ContactRecord::displayName)
                    .containsExactly("Yara Quill");
        }
    }

    private List<UUID> ids(String text) {
        return contacts.search(ContactQuery.active(text)).rows().stream()
                .map(ContactRecord::id)
                .toList();
    }

    private void assertSameAnswer(ContactQuery query) {
        ContactPage fromMemory = contacts.search(query);
        ContactPage fromDatabase = contacts.searchInDatabase(query);
        assertThat(fromMemory.rows())
                .as("%s", query)
                .extracting(ContactRecord::id)
                .containsExactlyElementsOf(
                        fromDatabase.rows().stream().map(ContactRecord::id).toList());
        assertThat(fromMemory.totalMatches()).as("total of %s", query).isEqualTo(fromDatabase.totalMatches());
    }

    /** Contacts with every readiness problem, shared names in both cases, accents, and some archived. */
    private List<UUID> seedVariedContacts(int count) {
        Random random = new Random(7);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            ContactBuilder contact = new ContactBuilder()
                    .withName(first, last)
                    .withEmail(random.nextInt(6) == 0 ? "" : "p" + i + (i % 3 == 0 ? "@example.org" : "@mail.example"))
                    .withMobile(random.nextInt(4) == 0 ? "" : String.format("(415) 555-%04d", random.nextInt(300)))
                    .withSsn(random.nextInt(5) == 0 ? "" : String.format("219-09-%04d", 1230 + random.nextInt(8)))
                    .withChannel(random.nextBoolean() ? "sms" : "email")
                    .withPortalAccess(random.nextInt(5) != 0);
            UUID id = contacts.add(contact.build(), TestActor.STAFF).id();
            if (random.nextInt(6) == 0) {
                contacts.setArchived(id, true, TestActor.STAFF);
            }
            ids.add(id);
        }
        return ids;
    }
}
