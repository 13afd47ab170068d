package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.portaldesk.app.AppContext;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.insights.SignInInsights;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.ExportCheck;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same schema and service on a real PostgreSQL server, the shared database of multi-workstation firms.
 * .ci/run starts a server and sets PORTALDESK_TEST_PG_URL; without it (a laptop with no server) these skip.
 */
@Tag("postgres")
class PostgresContactsTest {
    private static final String URL = System.getenv("PORTALDESK_TEST_PG_URL");
    private static final String USER = System.getenv().getOrDefault("PORTALDESK_TEST_PG_USER", "portaldesk");
    private static final String PASSWORD = System.getenv().getOrDefault("PORTALDESK_TEST_PG_PASSWORD", "");
    private static final String SCHEMA = "portaldesk_test";

    @TempDir
    Path dataDir;

    @BeforeEach
    void freshSchema() throws Exception {
        assumeTrue(URL != null, "PORTALDESK_TEST_PG_URL is not set; .ci/run sets it after starting PostgreSQL");
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    private AppContext open(Path folder) {
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        AppConfig config = AppConfig.load(
                null,
                Map.of("PD_PG_SECRET", PASSWORD),
                Map.of(
                        ConfigKey.DATA_DIR,
                        folder.toString(),
                        ConfigKey.DB_URL,
                        url,
                        ConfigKey.DB_USER,
                        USER,
                        ConfigKey.DB_PASSWORD,
                        "${env:PD_PG_SECRET}"));
        return AppContext.open(config);
    }

    @Test
    void signInInsights_countMismatchesAndContactsWhoCannotSignIn_onPostgresToo() {
        try (AppContext context = open(dataDir)) {
            context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
            context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName("Dana", "Ng")
                                    .withEmail("")
                                    .withMobile("(415) 555-0142")
                                    .withSsn("219-09-4321")
                                    .build(),
                            TestActor.STAFF);
            for (int i = 0; i < 3; i++) {
                context.verification().engine().start("alice@example.com", "0000", Channel.SMS, "lobby-1");
            }
            var found = new SignInInsights(context.audit(), context.contacts())
                    .since(Instant.now().minus(Duration.ofDays(30)));
            assertThat(found)
                    .extracting(i -> i.kind() + " " + i.subject() + " " + i.count())
                    .containsExactly("SSN_MISMATCHES Alice Pauline 3", "NOT_READY No email address 1");
        }
    }

    @Test
    void theContactsList_filtersSortsPagesAndStamps_onPostgresToo() {
        try (AppContext context = open(dataDir)) {
            ContactService contacts = context.contacts();
            TypicalContacts.all().forEach(c -> contacts.add(c, TestActor.STAFF));
            ContactQuery byEmailDescending = new ContactQuery(
                    "", ContactQuery.Scope.ACTIVE, ContactFilter.EVERYONE, ContactSort.EMAIL, true, null, 0, 2);
            ContactPage first = contacts.search(byEmailDescending);
            assertThat(first.totalMatches()).isEqualTo(4);
            assertThat(first.rows())
                    .extracting(ContactRecord::email)
                    .containsExactly("d.meier@example.net", "carol.kurz@example.org");
            assertThat(contacts.search(byEmailDescending.page(2, 2)).rows())
                    .extracting(ContactRecord::email)
                    .containsExactly("alice@example.com", "alice@example.com");
            assertThat(contacts.search(new ContactQuery(
                                    "",
                                    ContactQuery.Scope.ACTIVE,
                                    ContactFilter.NO_SECRET,
                                    ContactSort.NAME,
                                    false,
                                    null,
                                    0,
                                    10))
                            .rows())
                    .extracting(ContactRecord::displayName)
                    .containsExactly("Daniel Meier");
            assertThat(contacts.search(new ContactQuery(
                                    "",
                                    ContactQuery.Scope.ACTIVE,
                                    ContactFilter.NO_MOBILE,
                                    ContactSort.LAST_SIGN_IN,
                                    true,
                                    null,
                                    0,
                                    10))
                            .totalMatches())
                    .isEqualTo(2);
            ContactsStamp before = contacts.stamp();
            ContactRecord carol =
                    contacts.search(ContactQuery.active("kurz")).rows().get(0);
            assertThat(contacts.setArchived(Set.of(carol.id()), true, TestActor.STAFF))
                    .isEqualTo(1);
            assertThat(contacts.stamp()).isNotEqualTo(before);
            assertThat(contacts.stamp().count()).isEqualTo(before.count());
        }
    }

    @Test
    void migrationsValidateAndContactsWorkOnPostgres() {
        try (AppContext context = open(dataDir)) {
            TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
            assertThat(context.contacts().search(ContactQuery.active("4321")).rows())
                    .extracting(ContactRecord::displayName)
                    .containsExactly("Bob Pauline");
            assertThat(context.contacts().search(ContactQuery.active("pauline")).totalMatches())
                    .isEqualTo(2);
            assertThatThrownBy(() -> context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF))
                    .isInstanceOf(ContactConflictException.class);
        }
    }

    @Test
    void secondWorkstationWithSameKeyFileSeesTheData_andAnotherKeyIsRefused(@TempDir Path otherFolder)
            throws Exception {
        try (AppContext first = open(dataDir)) {
            first.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        }
        Files.copy(dataDir.resolve("portaldesk.key"), otherFolder.resolve("portaldesk.key"));
        try (AppContext second = open(otherFolder)) {
            assertThat(second.contacts()
                            .search(ContactQuery.active(""))
                            .rows()
                            .get(0)
                            .maskedSecret())
                    .isEqualTo("•••-••-6879");
        }
        Files.delete(otherFolder.resolve("portaldesk.key"));
        assertThatThrownBy(() -> open(otherFolder)).hasMessageContaining("is missing");
    }

    @Test
    void eachWorkstationsSearch_seesTheOthersChangesAtItsNextSearch(@TempDir Path otherFolder) throws Exception {
        try (AppContext first = open(dataDir)) {
            first.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
            Files.copy(dataDir.resolve("portaldesk.key"), otherFolder.resolve("portaldesk.key"));
            try (AppContext second = open(otherFolder)) {
                first.contacts().prepareSearch();
                second.contacts().prepareSearch();
                assertThat(first.contacts().search(ContactQuery.active("quill")).totalMatches())
                        .isZero();
                assertThat(second.contacts()
                                .search(ContactQuery.active("quill"))
                                .totalMatches())
                        .isZero();
                ContactRecord zed = second.contacts()
                        .add(
                                new ContactBuilder()
                                        .withName("Zed", "Quill")
                                        .withEmail("zed@quill.example")
                                        .withSsn("111-22-7777")
                                        .build(),
                                TestActor.STAFF);
                assertThat(first.contacts().search(ContactQuery.active("quill")).rows())
                        .extracting(ContactRecord::id)
                        .containsExactly(zed.id());
                first.contacts().setArchived(zed.id(), true, TestActor.STAFF);
                assertThat(second.contacts()
                                .search(ContactQuery.active("quill"))
                                .totalMatches())
                        .isZero();
                assertThat(second.contacts()
                                .search(new ContactQuery("quill", ContactQuery.Scope.ARCHIVED, 10))
                                .rows())
                        .extracting(ContactRecord::id)
                        .containsExactly(zed.id());
            }
        }
    }

    @Test
    void theExport_streamsEveryContactInTheListsOrder_onPostgresToo() throws Exception {
        try (AppContext context = open(dataDir)) {
            ExportCheck.seed(context, dataDir, 1_200); // more than one fetch of 1,000 rows from the cursor
            ExportCheck.assertExportMatchesTheList(context, dataDir, "");
            context.contacts().prepareSearch();
            ExportCheck.assertExportMatchesTheList(context, dataDir, "4321");
        }
    }
}
