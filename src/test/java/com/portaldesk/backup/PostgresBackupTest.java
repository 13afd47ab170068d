package com.portaldesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.RestoredDatabaseCheck;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.StorageException;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.PostgresAdmin;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups are engine-neutral: the embedded database restored into an empty PostgreSQL database, that one backed up
 * and restored into an embedded one, each verified; a PostgreSQL database that is not empty is refused untouched.
 * Runs where .ci/run's PostgreSQL is (PORTALDESK_TEST_PG_URL).
 */
@Tag("postgres")
class PostgresBackupTest {
    private static final String DATABASE = "portaldesk_restore_test";

    @TempDir
    Path dir;

    private PostgresAdmin admin;

    @BeforeEach
    void server() throws Exception {
        Optional<PostgresAdmin> found = PostgresAdmin.fromEnvironment();
        assumeTrue(found.isPresent(), "PORTALDESK_TEST_PG_URL is not set; .ci/run sets it after starting PostgreSQL");
        admin = found.get();
        admin.freshDatabase(DATABASE);
    }

    @Test
    void embeddedToPostgres_andBack() throws Exception {
        Path embedded = dir.resolve("embedded");
        Backups.Created fromH2;
        try (AppContext context = TestDatabase.open(embedded, Clock.systemUTC())) {
            TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
            ClientSignIn.signIn(context, TypicalContacts.ALICE.email(), "6879", "lobby");
            fromH2 = context.backups().create(dir.resolve("backups"), TestActor.STAFF);
        }
        byte[] key = KeyFile.read(embedded);

        Path workstation = dir.resolve("workstation");
        AppConfig postgres = admin.config(workstation, DATABASE);
        Restore.Restored intoPostgres = Restore.restore(
                fromH2.file(), key, postgres, new RestoredDatabaseCheck(TestActor.STAFF), Clock.systemUTC());
        assertThat(intoPostgres.report().problems()).isEmpty();
        assertThat(intoPostgres.movedAside()).isNull();
        assertThat(KeyFile.read(workstation)).isEqualTo(key);

        Backups.Created fromPostgres;
        try (AppContext context = AppContext.open(postgres)) {
            assertThat(context.contacts().search(ContactQuery.active("")).totalMatches())
                    .isEqualTo(TypicalContacts.all().size());
            assertThat(context.audit().verifyChain().intact()).isTrue();
            fromPostgres = context.backups().create(dir.resolve("backups"), TestActor.STAFF);
            VerifyReport verified = context.backups().verify(fromPostgres.file(), TestActor.STAFF);
            assertThat(verified.problems()).isEmpty();
            assertThat(verified.info().engine()).isEqualTo("PostgreSQL");
        }

        Path back = dir.resolve("back-to-embedded");
        Restore.Restored intoH2 = Restore.restore(
                fromPostgres.file(),
                key,
                AppConfig.forDataDir(back),
                new RestoredDatabaseCheck(TestActor.STAFF),
                Clock.systemUTC());
        assertThat(intoH2.report().problems()).isEmpty();
        assertThat(intoH2.report().check().contacts())
                .isEqualTo(TypicalContacts.all().size());
    }

    @Test
    void aDatabaseThatIsNotEmpty_isRefused_andLeftAsItWas() throws Exception {
        Path embedded = dir.resolve("embedded");
        Backups.Created backup;
        try (AppContext context = TestDatabase.open(embedded, Clock.systemUTC())) {
            context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
            backup = context.backups().create(dir.resolve("backups"), TestActor.STAFF);
        }
        admin.execute(DATABASE, "CREATE TABLE their_table (id INT)", "INSERT INTO their_table VALUES (1)");
        Path workstation = Files.createDirectories(dir.resolve("workstation"));
        assertThatThrownBy(() -> Restore.restore(
                        backup.file(),
                        KeyFile.read(embedded),
                        admin.config(workstation, DATABASE),
                        new RestoredDatabaseCheck(TestActor.STAFF),
                        Clock.systemUTC()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is not empty");
        assertThat(admin.queryOne(DATABASE, "SELECT count(*) FROM their_table")).isEqualTo(1L);
        assertThat(admin.queryOne(
                        DATABASE, "SELECT count(*) FROM information_schema.tables WHERE table_schema = " + "'public'"))
                .isEqualTo(1L);
        assertThat(KeyFile.exists(workstation)).isFalse();
    }
}
