package com.portaldesk.store;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/** Turns driver and ORM exceptions into words a person at the front desk can act on. */
public final class DatabaseFailures {
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {}

    /**
     * The innermost message, first line only, without the SQL statement or any value the database quotes back:
     * H2 and PostgreSQL repeat the row that failed ("VALUES ('ann@example.com', ...)"), and these words reach
     * screens and logs, which must never carry client data.
     */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return withoutValues(newline > 0 ? message.substring(0, newline) : message);
    }

    /** Cuts a driver message at its SQL statement and replaces every quoted literal and parameter list with "…". */
    static String withoutValues(String message) {
        String text = message;
        int statement = text.indexOf("; SQL statement:");
        if (statement >= 0) {
            text = text.substring(0, statement);
        }
        return text.replaceAll("(?i)X'[0-9a-f]*'", "…")
                .replaceAll("'(?:[^']|'')*'", "…")
                .replaceAll("(?i)(VALUES\\s*)\\(.*\\)", "$1(…)")
                .replaceAll("(?i)(Detail: Key \\(.*?\\)=)\\(.*?\\)", "$1(…)");
    }

    /**
     * Whether opening may succeed in a moment: the embedded database is being opened or closed by another PortalDesk
     * process (H2: lock file recently modified, already in use, closing, connection broken during hand-over), or
     * PostgreSQL is starting up. Wrong passwords, refused connections and missing databases do not pass.
     */
    static boolean mayPass(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.equals("57P03") && String.valueOf(sql.getMessage()).contains("starting up")) {
                    return true;
                }
                if (isH2(sql) && H2_PASSING.contains(code)) {
                    return true;
                }
            }
            // Flyway and Hibernate sometimes keep only H2's words ("... [8000-252]"), not the exception itself.
            String words = t.getMessage();
            if (words != null && H2_PASSING.stream().anyMatch(code -> words.contains("[" + code + "-"))) {
                return true;
            }
        }
        return false;
    }

    /** H2: error opening (lock file recently modified), already in use, broken connection, closed, closing. */
    private static final Set<Integer> H2_PASSING = Set.of(8000, 90020, 90067, 90098, 90121, 90135);

    /**
     * The connection itself is gone: the process hosting the shared embedded database closed it (H2: broken, closed,
     * closing), or opening is in progress elsewhere. A transaction that met this before committing can run again.
     */
    static boolean connectionLost(Throwable e) {
        return mayPass(e);
    }

    private static boolean isH2(SQLException sql) {
        return sql.getClass().getName().startsWith("org.h2.");
    }

    /** Why a database could not be opened, in one sentence a person can act on. */
    static String cannotOpen(Throwable e, String description) {
        Optional<SQLException> sql = sqlCause(e);
        String state = sql.map(SQLException::getSQLState).orElse("");
        state = state == null ? "" : state;
        String message = rootMessage(e);
        if (sql.isPresent() && isH2(sql.get()) && mayPass(e)) {
            return "The " + description + " is busy: another PortalDesk program kept it locked while it opened or "
                    + "closed (" + message + "). Try again; if it keeps happening, close the other PortalDesk windows.";
        }
        if (state.startsWith("28")) {
            return "The database server refused the user name or password for the " + description
                    + "; check db.user and db.password.";
        }
        if (state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return "The database server of the " + description + " is shutting down or starting up (" + message
                    + "); try again in a minute.";
        }
        if (state.equals("3D000")) {
            return "The database named in db.url does not exist on the server of the " + description + ".";
        }
        String tls = tlsProblem(e, message, description);
        if (tls != null) {
            return tls;
        }
        if (has(e, UnknownHostException.class)) {
            return "The server name of the " + description + " cannot be found; check db.url.";
        }
        if (has(e, ConnectException.class)) {
            return "The server of the " + description + " refused the connection: is it running, and does it accept "
                    + "connections on that address and port?";
        }
        if (has(e, SocketTimeoutException.class) || state.equals("08001") && message.contains("timed out")) {
            return "The server of the " + description + " did not answer in time.";
        }
        return "Cannot open the " + description + ": " + sentence(message);
    }

    /**
     * The encrypted connection sslmode asks for could not be made or trusted. The driver's words name a file in the
     * user's home or a "hostnameverifier"; a person needs to know which of three things to fix.
     */
    private static String tlsProblem(Throwable e, String message, String description) {
        if (mentions(e, "SSL root certificate") || mentions(e, "SSL certificate file")) {
            return "The certificate of the server of the " + description + " cannot be checked: the certificate "
                    + "authority's file (sslrootcert= in db.url, else .postgresql/root.crt in the user's home) cannot be "
                    + "read (" + message + "). See docs/shared-database.md.";
        }
        if (message.contains("does not support SSL")) {
            return "The server of the " + description + " does not accept encrypted connections, and sslmode in "
                    + "db.url asks for one. Turn on ssl in the server's postgresql.conf (docs/shared-database.md).";
        }
        if (message.contains("PKIX") || message.contains("unable to find valid certification path")) {
            return "The certificate of the server of the " + description + " is not signed by the certificate "
                    + "authority in sslrootcert= of db.url; give the file of the authority that signed it, see "
                    + "docs/shared-database.md (" + message + ").";
        }
        if (message.contains("could not be verified by hostnameverifier")) {
            return "The server of the " + description + " showed a certificate made out to another name than the "
                    + "one in db.url; use the name on its certificate in db.url (" + message + ").";
        }
        return null;
    }

    private static boolean mentions(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** A driver message as the end of a sentence: one full stop, never two. */
    private static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }

    /**
     * A migration the database refused for lack of a privilege: PortalDesk's role may not create its tables there,
     * typically because db.url names a database or schema that postgres-setup.sql did not prepare for it.
     */
    static boolean isMissingPrivilege(Throwable e) {
        return sqlCause(e).map(sql -> "42501".equals(sql.getSQLState())).orElse(false)
                || rootMessage(e).startsWith("ERROR: permission denied");
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    static boolean isUniqueViolation(Throwable e) {
        return sqlCause(e)
                .map(sql -> UNIQUE_VIOLATION.equals(sql.getSQLState()))
                .orElse(false);
    }

    static String describe(Throwable e) {
        Optional<SQLException> sql = sqlCause(e);
        String state = sql.map(SQLException::getSQLState).orElse("");
        if (sql.isPresent() && isH2(sql.get()) && mayPass(e)) {
            return "The embedded database stayed busy: other PortalDesk programs kept opening and closing it ("
                    + rootMessage(e) + "). Nothing was saved; try again.";
        }
        if (state != null && state.startsWith("08")) {
            return "The database cannot be reached (" + rootMessage(e)
                    + "). Nothing was saved; try again when it is back.";
        }
        if ("HYT00".equals(state) || "55P03".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
            return "The database is busy with another workstation's change. Nothing was saved; try again.";
        }
        return "The database refused the operation (" + rootMessage(e) + "). Nothing was saved.";
    }
}
