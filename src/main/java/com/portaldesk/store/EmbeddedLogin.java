package com.portaldesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's own login: user PORTALDESK with a random password kept beside the key file, owner-only.
 * While PortalDesk runs, the embedded database also answers on a loopback port (so the staff app, a kiosk and the
 * command line can share it); without this password, any local account that found the port could read every
 * client's details. Databases made before the login existed (user "" and no password) are moved onto it once.
 */
final class EmbeddedLogin {
    static final String FILE_NAME = "portaldesk.db-password";
    static final String USER = "PORTALDESK";
    private static final String HEADER = "PORTALDESK-DB-PASSWORD-V1";
    private static final String WRONG_LOGIN = "28000";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLogin.class);

    private EmbeddedLogin() {}

    /** The login of this folder's database, made at first use. */
    static Database.Credentials of(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            create(file);
        }
        return new Database.Credentials(USER, read(file));
    }

    /**
     * Makes sure the database accepts the login: a database from before the login existed still has the empty
     * user; it gets PORTALDESK (admin) and loses the empty user, in that order, so a crash between leaves it usable.
     */
    static void adoptLegacyDatabase(String url, Database.Credentials login) {
        try {
            DriverManager.getConnection(url, login.user(), login.password()).close();
            return;
        } catch (SQLException e) {
            if (!WRONG_LOGIN.equals(e.getSQLState())) {
                return; // not a login problem: opening the database reports it in its own words
            }
        }
        try (Connection legacy = DriverManager.getConnection(url, "", "");
                Statement sql = legacy.createStatement()) {
            sql.execute("CREATE USER IF NOT EXISTS " + USER + " PASSWORD '" + login.password() + "' ADMIN");
        } catch (SQLException e) {
            throw new StorageException(
                    "The embedded database refuses PortalDesk's login, and it is not a database "
                            + "from before the login existed either. Was " + FILE_NAME
                            + " replaced? Restore it from the "
                            + "backup of this data folder.",
                    e);
        }
        try (Connection own = DriverManager.getConnection(url, login.user(), login.password());
                Statement sql = own.createStatement()) {
            sql.execute("DROP USER IF EXISTS \"\"");
            LOG.info("The embedded database now has its own login; the empty login was removed");
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot move the embedded database onto its own login: " + DatabaseFailures.rootMessage(e), e);
        }
    }

    private static void create(Path file) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            OwnerOnly.createFile(file);
            Files.writeString(file, HEADER + "\n" + password + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // another PortalDesk process starting on the same new folder made it first: use theirs
        } catch (IOException e) {
            throw new StorageException("PortalDesk cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the password; waits briefly for a file another process is still writing. */
    private static String read(Path file) {
        for (int attempt = 0; ; attempt++) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
                if (lines.size() >= 2
                        && HEADER.equals(lines.get(0).strip())
                        && !lines.get(1).isBlank()) {
                    return lines.get(1).strip();
                }
            } catch (IOException e) {
                throw new StorageException("PortalDesk cannot read " + file + ": " + e.getMessage(), e);
            }
            if (attempt >= 40) {
                throw new StorageException("The file " + file + " is damaged. Restore it from the backup of this data "
                        + "folder; without it the embedded database cannot be opened.");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("Interrupted while reading " + file, e);
            }
        }
    }
}
