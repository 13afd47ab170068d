package com.portaldesk.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connection pool's way into the embedded database. When another PortalDesk process hosts it (H2's
 * AUTO_SERVER), the connection goes straight to that host's loopback port, read from H2's lock file, without
 * touching the lock file: H2's own way in rewrites that file on every opening and makes the next process wait
 * two seconds or fail. Only when no process hosts the database is it opened through H2's own way, while holding
 * the data folder's {@link OpeningLock}, so that processes starting together take turns at becoming the host.
 */
final class TurnTakingDataSource implements DataSource {
    private final String url;
    private final Path lockFile;
    private final Database.Credentials login;
    private final OpeningLock turns;
    /** The id H2 gave the database when this process became its host; its own port is not for itself. */
    private volatile String ownHostId;

    TurnTakingDataSource(String url, Path lockFile, Database.Credentials login, OpeningLock turns) {
        this.url = url;
        this.lockFile = lockFile;
        this.login = login;
        this.turns = turns;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(login.user(), login.password());
    }

    /** Whether this process has become the host (the first to open the database since the last host closed). */
    boolean hosting() {
        return ownHostId != null
                && H2LockFile.id(lockFile).filter(ownHostId::equals).isPresent();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        if (hosting()) {
            return DriverManager.getConnection(url, user, password); // the database is open in this process
        }
        Optional<Connection> hosted = viaHost(user, password);
        if (hosted.isPresent()) {
            return hosted.get();
        }
        return turns.hold(() -> {
            Optional<Connection> meanwhile = viaHost(user, password);
            if (meanwhile.isPresent()) {
                return meanwhile.get();
            }
            Connection opened = DriverManager.getConnection(url, user, password);
            // No one hosted it, and no one can while we hold the turn: the host H2 names now is this process.
            ownHostId = H2LockFile.id(lockFile).orElse(null);
            return opened;
        });
    }

    /** A connection to the process hosting the database, if one does and answers. */
    private Optional<Connection> viaHost(String user, String password) {
        Optional<String> host = H2LockFile.hostUrl(lockFile, Database.SESSION_SETTINGS);
        if (host.isEmpty() || hosting()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DriverManager.getConnection(host.get(), user, password));
        } catch (SQLException e) {
            return Optional.empty(); // the host has just closed: open it ourselves, in turn
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logs nowhere here; PortalDesk logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
