package com.portaldesk.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool to throw away a connection the embedded database broke off (its host process closed,
 * another took over): H2 reports it with its own error codes, which the pool would otherwise not treat as fatal.
 */
public final class ConnectionLossOverride implements SQLExceptionOverride {
    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return DatabaseFailures.connectionLost(e)
                ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
