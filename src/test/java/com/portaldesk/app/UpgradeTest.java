package com.portaldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.store.Database;
import com.portaldesk.store.StorageException;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder of the previous release (schema 7, test resources fixtures/schema-v7) opened by this build: migrated
 * once, its data and audit chain intact, moved onto the embedded database's own login; and a database a newer
 * release has moved on is refused by name.
 */
@Tag("db")
class UpgradeTest {
    @TempDir
    Path dataDir;

    private void copyFixture() throws Exception {
        for (String file : new String[] {"portaldesk.mv.db", "portaldesk.key"}) {
            Files.copy(
                    Path.of(UpgradeTest.class
                            .getResource("/fixtures/schema-v7/" + file)
                            .toURI()),
                    dataDir.resolve(file));
        }
    }

    @Test
    void previousRelease_isMigrated_keepsItsData_andItsAuditChainVerifies() throws Exception {
        copyFixture();
        try (AppContext context = AppContext.open(
                AppConfig.forDataDir(dataDir),
                Opening.program().deliveringOn(new DirectExecutorService(), Duration.ZERO))) {
            assertThat(context.contacts().search(ContactQuery.active("pauline")).totalMatches())
                    .isEqualTo(2);
            assertThat(context.contacts().search(ContactQuery.active("6879")).rows())
                    .singleElement()
                    .satisfies(alice -> assertThat(alice.maskedSecret()).isEqualTo("•••-••-6879"));
            var verified = context.audit().verifyChain();
            assertThat(verified.intact()).as(verified.problem()).isTrue();
            assertThat(verified.eventsChecked()).isGreaterThanOrEqualTo(5);
            assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.CHECK_APPROVED, null, null, 5)))
                    .hasSize(1);

            var started = context.verification().engine().start("alice@example.com", "6879", Channel.EMAIL, "lobby");
            Matcher code = Pattern.compile("\\b(\\d{6})\\b")
                    .matcher(context.outbox().list(1).get(0).body());
            assertThat(code.find()).isTrue();
            assertThat(context.verification()
                            .codeCheck()
                            .check(started.challengeId(), code.group(1), "lobby")
                            .approved())
                    .isTrue();
        }
        // Events of the old release keep the old hashing and still verify (above); events written since use the
        // length-prefixed one (schema 21): an actor can no longer be moved into the detail unseen.
        List<Object> encodings = RawSql.column(dataDir, "SELECT hash_encoding FROM audit_event ORDER BY seq");
        assertThat(encodings).first().asString().isEqualTo("1");
        assertThat(encodings).last().asString().isEqualTo("2");
        assertThat(RawSql.column(
                        dataDir,
                        "SELECT \"version\" FROM \"flyway_schema_history\" "
                                + "ORDER BY \"installed_rank\" DESC LIMIT 1"))
                .containsExactly(newestMigration());
        assertThatThrownBy(() -> DriverManager.getConnection(Database.embeddedUrl(dataDir), "", "")
                        .close())
                .as("the old empty login is gone")
                .isInstanceOf(SQLException.class);
        try (AppContext again = TestDatabase.open(dataDir)) {
            assertThat(again.audit().verifyChain().intact()).isTrue();
        }
    }

    @Test
    void aDatabaseANewerReleaseMovedOn_isRefused_namingBothVersions() throws Exception {
        TestDatabase.open(dataDir).close();
        RawSql.execute(
                dataDir,
                "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                        + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", "
                        + "\"execution_time\", \"success\") VALUES (100, '99', 'from the future', 'SQL', "
                        + "'V99__from_the_future.sql', 1, 'PortalDesk 9.0.0', CURRENT_TIMESTAMP, 1, TRUE)");
        assertThatThrownBy(() -> TestDatabase.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is older than the embedded database")
                .hasMessageContaining("PortalDesk 9.0.0 moved to schema 99")
                .hasMessageContaining("schema " + newestMigration())
                .hasMessageContaining("Nothing was changed");
    }

    /** The highest V<n>__ script this build carries, so adding a migration needs no change here. */
    private static String newestMigration() throws Exception {
        Path folder = Path.of(
                UpgradeTest.class.getClassLoader().getResource("db/migration").toURI());
        try (var scripts = Files.list(folder)) {
            return String.valueOf(scripts.map(script -> script.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow());
        }
    }
}
