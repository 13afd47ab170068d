package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database belongs to the account that runs PortalDesk: its shared-access port is on loopback only,
 * it has a random password kept beside the key file, and the data folder and its files are owner-only.
 */
@Tag("db")
class OwnerOnlyDatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void whileOpen_theSharedAccessPortListensOnLoopbackOnly() throws Exception {
        try (AppContext context = TestDatabase.open(dataDir)) {
            String lock = Files.readString(dataDir.resolve("portaldesk.lock.db"), StandardCharsets.ISO_8859_1);
            Matcher server =
                    Pattern.compile("server=([^\\\\:\\s]+)\\\\?:(\\d+)").matcher(lock);
            assertThat(server.find()).as(lock).isTrue();
            int port = Integer.parseInt(server.group(2));
            try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertThat(loopback.isConnected()).isTrue();
            }
            Optional<InetAddress> network = networkAddress();
            if (network.isPresent()) {
                assertThatThrownBy(() -> {
                            try (Socket outside = new Socket()) {
                                outside.connect(new InetSocketAddress(network.get(), port), 2000);
                            }
                        })
                        .as("reached from " + network.get())
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void theEmptyLoginIsRefused_andThePasswordBesideTheKeyOpensIt() throws Exception {
        TestDatabase.open(dataDir).close();
        assertThatThrownBy(() -> DriverManager.getConnection(Database.embeddedUrl(dataDir), "", "")
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
        assertThat(RawSql.column(dataDir, "SELECT COUNT(*) FROM contact")).containsExactly(0L);
        assertThat(Files.readString(dataDir.resolve(EmbeddedLogin.FILE_NAME))).startsWith("PORTALDESK-DB-PASSWORD-V1");
    }

    @Test
    void theDataFolderAndItsFiles_areOwnerOnly() throws Exception {
        try (AppContext context = TestDatabase.open(dataDir)) {
            context.contacts().add(new ContactBuilder().build(), TestActor.STAFF);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as(file.toString())
                            .isEqualTo("rw-------");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aDatabaseFromBeforeTheLogin_isMovedOntoIt_withItsData() throws Exception {
        try (AppContext context = TestDatabase.open(dataDir)) {
            context.contacts()
                    .add(new ContactBuilder().withEmail("kept@example.com").build(), TestActor.STAFF);
        }
        RawSql.execute(dataDir, "CREATE USER \"\" PASSWORD '' ADMIN");
        try (var legacy = DriverManager.getConnection(Database.embeddedUrl(dataDir), "", "");
                var sql = legacy.createStatement()) {
            sql.execute("DROP USER " + EmbeddedLogin.USER);
        }
        Files.delete(dataDir.resolve(EmbeddedLogin.FILE_NAME));

        try (AppContext context = TestDatabase.open(dataDir)) {
            assertThat(context.contacts()
                            .search(new ContactQuery("kept", ContactQuery.Scope.ACTIVE, 10))
                            .totalMatches())
                    .isEqualTo(1);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(Database.embeddedUrl(dataDir), "", "")
                        .close())
                .isInstanceOf(SQLException.class);
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
