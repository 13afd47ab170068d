package com.portaldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.store.StorageException;
import com.portaldesk.testutil.PostgresAdmin;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/shared-database.md followed on .ci/run's PostgreSQL: installer/postgres-setup.sql run with psql as the
 * administrator would, then PortalDesk on the role and database it made, from more than one workstation.
 */
@Tag("postgres")
class SharedDatabaseTest {
    private static final Path SCRIPT = Path.of("installer/postgres-setup.sql");
    private static final String DATABASE = "pd_shared_test";
    private static final String ROLE = "pd_shared_app";
    private static final String OTHER_ROLE = "pd_shared_other";
    private static final String PASSWORD = "Correct-Horse-Battery-7";

    @TempDir
    Path dir;

    private PostgresAdmin admin;

    @BeforeEach
    void server() throws Exception {
        admin = PostgresAdmin.fromEnvironment().orElse(null);
        assumeTrue(admin != null, "PORTALDESK_TEST_PG_URL is not set; .ci/run sets it after starting PostgreSQL");
        dropEverything();
    }

    @AfterEach
    void dropEverything() throws SQLException {
        if (admin != null) {
            admin.execute("postgres", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            for (String role : List.of(ROLE, OTHER_ROLE)) {
                // DROP OWNED also takes back what a test granted it on the postgres database.
                admin.execute(
                        "postgres",
                        "DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                                + "') THEN EXECUTE 'DROP OWNED BY " + role + "'; EXECUTE 'DROP ROLE " + role
                                + "'; END IF; END $$");
            }
        }
    }

    private PostgresAdmin.PsqlRun setUp(String password) throws Exception {
        return admin.psql(SCRIPT, Map.of("app_password", password, "db_name", DATABASE, "app_role", ROLE));
    }

    private AppContext workstation(Path dataDir, String urlParameters, String password) {
        return AppContext.open(AppConfig.load(
                null,
                Map.of("PD_PG_SECRET", password),
                Map.of(
                        ConfigKey.DATA_DIR,
                        dataDir.toString(),
                        ConfigKey.DB_URL,
                        admin.url(DATABASE, urlParameters),
                        ConfigKey.DB_USER,
                        ROLE,
                        ConfigKey.DB_PASSWORD,
                        "${env:PD_PG_SECRET}")));
    }

    private static void assertRefused(String url, String user, String password, String why) {
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, user, password).close())
                .as(why)
                .isInstanceOf(SQLException.class);
    }

    @Test
    void theScriptsRole_runsPortalDesk_andMayDoNothingElse() throws Exception {
        PostgresAdmin.PsqlRun run = setUp(PASSWORD);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("db.url=jdbc:postgresql://")
                .contains("/" + DATABASE + "?sslmode=verify-full")
                .contains("db.user=" + ROLE)
                .doesNotContain(PASSWORD);

        try (AppContext desk = workstation(dir.resolve("desk"), "", PASSWORD)) {
            desk.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
            assertThat(desk.audit().verifyChain().intact()).isTrue();
        }
        assertThat(admin.queryOne(
                        DATABASE,
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'portaldesk'" + " AND tableowner = '" + ROLE
                                + "'"))
                .isNotEqualTo(0L);
        assertThat(admin.queryOne(
                        "postgres",
                        "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication"
                                + " OR rolbypassrls FROM pg_roles WHERE rolname = '" + ROLE + "'"))
                .isEqualTo(false);
        try (var asApp = DriverManager.getConnection(admin.url(DATABASE, ""), ROLE, PASSWORD);
                var statement = asApp.createStatement()) {
            assertThatThrownBy(() -> statement.execute("CREATE TABLE public.stray (id int)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("CREATE DATABASE stray"))
                    .hasMessageContaining("permission denied");
        }
        admin.execute("postgres", "CREATE ROLE " + OTHER_ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
        assertRefused(admin.url(DATABASE, ""), OTHER_ROLE, PASSWORD, "another role may not connect to the database");
    }

    @Test
    void runningTheScriptAgain_changesThePassword_andKeepsTheData() throws Exception {
        assertThat(setUp(PASSWORD).exitCode()).isZero();
        try (AppContext desk = workstation(dir.resolve("desk"), "", PASSWORD)) {
            desk.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        }

        PostgresAdmin.PsqlRun again = setUp("Another-Password-9");

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertRefused(admin.url(DATABASE, ""), ROLE, PASSWORD, "the old password no longer works");
        try (AppContext desk = workstation(dir.resolve("desk"), "", "Another-Password-9")) {
            assertThat(desk.contacts().search(ContactQuery.active("")).totalMatches())
                    .isEqualTo(1);
        }
    }

    @Test
    void withoutAPassword_theScriptStopsWithAnError_andCreatesNothing() throws Exception {
        PostgresAdmin.PsqlRun run = admin.psql(SCRIPT, Map.of("db_name", DATABASE, "app_role", ROLE));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("Give the password");
        assertThat(admin.queryOne("postgres", "SELECT count(*) FROM pg_roles WHERE rolname = '" + ROLE + "'"))
                .isEqualTo(0L);
    }

    @Test
    void workstationsStartingOnANewDatabaseAtOnce_migrateItOnce_andAllOpen() throws Exception {
        assertThat(setUp(PASSWORD).exitCode()).isZero();
        // One firm, one key: made once, copied to every workstation's data folder (docs/shared-database.md).
        TestDatabase.open(dir.resolve("key-maker")).close();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<AppContext>> starting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path folder = Files.createDirectories(dir.resolve("ws" + i));
            Files.copy(dir.resolve("key-maker/portaldesk.key"), folder.resolve("portaldesk.key"));
            starting.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return workstation(folder, "", PASSWORD);
            }));
        }
        go.countDown();
        List<AppContext> opened = new ArrayList<>();
        try {
            for (CompletableFuture<AppContext> start : starting) {
                opened.add(start.join());
            }
        } finally {
            opened.forEach(AppContext::close);
        }

        assertThat(opened).hasSize(3);
        assertThat(admin.queryOne(
                        DATABASE,
                        "SELECT count(*) FROM portaldesk.flyway_schema_history"
                                + " WHERE version IS NOT NULL GROUP BY version ORDER BY count(*) DESC LIMIT 1"))
                .isEqualTo(1L);
        assertThat(admin.queryOne(DATABASE, "SELECT bool_and(success) FROM portaldesk.flyway_schema_history"))
                .isEqualTo(true);
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void verifyFull_trustsTheServerByTheNameOnItsCertificate_andRefusesAnyOtherWithAPlainReason() throws Exception {
        Path rootCert = admin.rootCertificate().orElse(null);
        assumeTrue(rootCert != null, "PORTALDESK_TEST_PG_ROOTCERT is not set; .ci/run starts the server with TLS");
        assertThat(setUp(PASSWORD).exitCode()).isZero();
        String verified = "sslmode=verify-full&sslrootcert=" + rootCert;

        try (AppContext desk = AppContext.open(AppConfig.load(
                null,
                Map.of(),
                Map.of(
                        ConfigKey.DATA_DIR,
                        dir.resolve("desk").toString(),
                        ConfigKey.DB_URL,
                        "jdbc:postgresql://localhost:" + admin.port() + "/" + DATABASE + "?" + verified,
                        ConfigKey.DB_USER,
                        ROLE,
                        ConfigKey.DB_PASSWORD,
                        PASSWORD)))) {
            assertThat(desk.contacts().search(ContactQuery.active("")).totalMatches())
                    .isZero();
        }
        assertThatThrownBy(() -> workstation(
                        dir.resolve("desk"),
                        "sslmode=verify-full&sslrootcert=" + dir.resolve("no-such-ca.crt"),
                        PASSWORD))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("certificate of the server")
                .hasMessageContaining("sslrootcert")
                .hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> workstation(
                        dir.resolve("desk"), "sslmode=verify-full&sslrootcert=" + unrelatedAuthority(), PASSWORD))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("not signed by the certificate authority");
        assumeTrue(!admin.host().equals("localhost"), "the name check needs the server reached by its address");
        assertThatThrownBy(() -> workstation(dir.resolve("desk"), verified, PASSWORD))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("certificate made out to another name");
    }

    /** A certificate authority that did not sign the server's certificate (the SMTP tests' own), as a file. */
    private Path unrelatedAuthority() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = SharedDatabaseTest.class.getResourceAsStream("/tls/other-name.p12")) {
            store.load(in, "changeit".toCharArray());
        }
        return Files.write(
                dir.resolve("other-ca.crt"),
                store.getCertificate(store.aliases().nextElement()).getEncoded());
    }

    @Test
    void aDatabaseTheScriptDidNotPrepare_isRefused_sayingWhatToRun() throws Exception {
        assertThat(setUp(PASSWORD).exitCode()).isZero();
        admin.execute("postgres", "GRANT CONNECT ON DATABASE postgres TO " + ROLE);

        assertThatThrownBy(() -> AppContext.open(AppConfig.load(
                        null,
                        Map.of(),
                        Map.of(
                                ConfigKey.DATA_DIR,
                                dir.resolve("desk").toString(),
                                ConfigKey.DB_URL,
                                admin.url("postgres", ""),
                                ConfigKey.DB_USER,
                                ROLE,
                                ConfigKey.DB_PASSWORD,
                                PASSWORD))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("may not create or change PortalDesk's tables")
                .hasMessageContaining("installer/postgres-setup.sql")
                .hasMessageContaining("Nothing was changed");
    }
}
