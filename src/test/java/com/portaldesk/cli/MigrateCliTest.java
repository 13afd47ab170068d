package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.testutil.PostgresAdmin;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** portaldesk migrate: the embedded database copied into an empty PostgreSQL database, the source left as it was. */
@Tag("postgres")
class MigrateCliTest {
    private static final String DATABASE = "portaldesk_migrate_test";

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
    void theEmbeddedDatabase_isCopied_counted_andVerifiedOnPostgres_andLeftAsItWas() throws Exception {
        Path data = dir.resolve("data");
        InProcessCli cli = new InProcessCli(data);
        assertThat(cli.run("contacts", "seed", "250")).as(cli.err).isZero();
        assertThat(cli.run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Ann",
                        "--last-name",
                        "Lee",
                        "--email",
                        "ann@example.com",
                        "--ssn",
                        "219-09-7351"))
                .as(cli.err)
                .isZero();
        assertThat(cli.run(
                        "migrate",
                        "--to-url",
                        admin.url(DATABASE, ""),
                        "--user",
                        System.getenv().getOrDefault("PORTALDESK_TEST_PG_USER", "portaldesk"),
                        "--password",
                        System.getenv().getOrDefault("PORTALDESK_TEST_PG_PASSWORD", "")))
                .as(cli.err + cli.out)
                .isZero();
        assertThat(cli.out)
                .contains("Copied 251 contacts")
                .contains("keeps all its data")
                .contains("db.url=" + admin.url(DATABASE, ""));

        try (AppContext shared = AppContext.open(admin.config(data, DATABASE))) {
            assertThat(shared.contacts()
                            .search(ContactQuery.active("ann@example.com"))
                            .rows()
                            .get(0)
                            .maskedSecret())
                    .isEqualTo("•••-••-7351");
            assertThat(shared.contacts().search(ContactQuery.active("")).totalMatches())
                    .isEqualTo(251);
            assertThat(shared.audit().verifyChain().intact()).isTrue();
        }
        assertThat(cli.run("contacts", "list", "--search", "ann@example.com")).isZero();
        assertThat(cli.out).contains("Ann Lee");
        assertThat(cli.run("audit", "verify")).isZero();
        assertThat(cli.run("audit", "list", "--type", "DATABASE_COPIED")).isZero();
        assertThat(cli.out).contains("Copied into " + admin.url(DATABASE, ""));
        assertThat(cli.run("backup", "list")).isZero();
        assertThat(cli.out)
                .as("the working copy is not a backup the firm keeps")
                .contains("No backup has been taken");
        assertThat(dir.resolve("data").toFile().list((folder, name) -> name.startsWith("migrate-")))
                .isEmpty();

        assertThat(cli.run("migrate", "--to-url", admin.url(DATABASE, ""), "--user", "portaldesk", "--password", "x"))
                .isNotZero();
        assertThat(cli.err).contains("refused the user name or password");
    }
}
