package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.portaldesk.app.AppContext;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that says no says why: refused, wrong password, no such database, shutting down; never "another copy
 * of PortalDesk is starting", and never after half a minute of pointless retrying. The PostgreSQL cases run against
 * the server .ci/run starts (PORTALDESK_TEST_PG_URL).
 */
@Tag("postgres")
class DatabaseRefusalTest {
    private static final String URL = System.getenv("PORTALDESK_TEST_PG_URL");
    private static final String USER = System.getenv().getOrDefault("PORTALDESK_TEST_PG_USER", "portaldesk");
    private static final String PASSWORD = System.getenv().getOrDefault("PORTALDESK_TEST_PG_PASSWORD", "");

    @TempDir
    Path dataDir;

    private AppContext open(String url, String user, String password) {
        return AppContext.open(AppConfig.load(
                null,
                Map.of("PD_PG_SECRET", password),
                Map.of(
                        ConfigKey.DATA_DIR,
                        dataDir.toString(),
                        ConfigKey.DB_URL,
                        url,
                        ConfigKey.DB_USER,
                        user,
                        ConfigKey.DB_PASSWORD,
                        "${env:PD_PG_SECRET}")));
    }

    @Test
    void noServerListening_isARefusedConnection() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> open("jdbc:postgresql://127.0.0.1:" + port + "/firm", "portaldesk", "x"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("refused the connection")
                .hasMessageNotContaining("another copy")
                .hasMessageNotContaining("PortalDesk program");
        assertThat(System.nanoTime() - start)
                .as("not retried for half a minute")
                .isLessThan(20_000_000_000L);
    }

    @Test
    void wrongPassword_saysSo_withoutThePassword() {
        assumeTrue(URL != null, "PORTALDESK_TEST_PG_URL is not set; .ci/run sets it after starting PostgreSQL");
        assertThatThrownBy(() -> open(URL, USER, "not-the-password-9f3a"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("refused the user name or password")
                .hasMessageNotContaining("not-the-password-9f3a");
    }

    @Test
    void missingDatabase_saysItDoesNotExist() {
        assumeTrue(URL != null, "PORTALDESK_TEST_PG_URL is not set; .ci/run sets it after starting PostgreSQL");
        String missing = URL.replaceFirst("/[^/?]+(\\?.*)?$", "/no_such_firm_db$1");
        assertThatThrownBy(() -> open(missing, USER, PASSWORD))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void serverShuttingDown_orStartingUp_saysSo() {
        assertThat(DatabaseFailures.cannotOpen(
                        new SQLException("FATAL: the database system is shutting down", "57P03"), "database x"))
                .contains("shutting down or starting up");
        assertThat(DatabaseFailures.mayPass(new SQLException("FATAL: the database system is starting up", "57P03")))
                .as("a server that is starting is waited for")
                .isTrue();
        assertThat(DatabaseFailures.mayPass(new SQLException("FATAL: the database system is shutting down", "57P03")))
                .isFalse();
    }

    @Test
    void messages_neverRepeatTheValuesOfTheFailingRow() {
        String h2 = "Unique index or primary key violation: \"PUBLIC.CONTACT_EMAIL_LAST4 ON PUBLIC.CONTACT(EMAIL, "
                + "LAST4_LOOKUP) VALUES ( /* 2 */ 'barbara.thomas@example.com', X'0a1b2c' )\"; SQL statement:\n"
                + "insert into contact (email, first_name) values (?, ?) [23505-252]";
        String pg = "ERROR: duplicate key value violates unique constraint \"contact_email_last4\"  Detail: Key "
                + "(email, last4_lookup)=(barbara.thomas@example.com, \\x0a1b) already exists.";
        for (String message : new String[] {h2, pg}) {
            String shown = DatabaseFailures.rootMessage(new RuntimeException(new SQLException(message)));
            assertThat(shown).doesNotContain("barbara").doesNotContain("0a1b").doesNotContain("insert into");
        }
    }
}
