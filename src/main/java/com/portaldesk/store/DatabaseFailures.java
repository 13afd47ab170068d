package com.portaldesk.store;

import java.sql.SQLException;
import java.util.Optional;

/** Turns driver and ORM exceptions into words a person at the front desk can act on. */
public final class DatabaseFailures {
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {
    }

    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
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
        return sqlCause(e).map(sql -> UNIQUE_VIOLATION.equals(sql.getSQLState())).orElse(false);
    }

    static String describe(Throwable e) {
        Optional<SQLException> sql = sqlCause(e);
        String state = sql.map(SQLException::getSQLState).orElse("");
        if (state != null && state.startsWith("08")) {
            return "The database cannot be reached (" + rootMessage(e) + "). Nothing was saved; try again when it is back.";
        }
        if ("HYT00".equals(state) || "55P03".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
            return "The database is busy with another workstation's change. Nothing was saved; try again.";
        }
        return "The database refused the operation (" + rootMessage(e) + "). Nothing was saved.";
    }
}
