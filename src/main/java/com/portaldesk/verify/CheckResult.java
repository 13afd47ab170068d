package com.portaldesk.verify;

import java.util.Optional;

/** The answer to a code check. Only APPROVED carries a session. */
public record CheckResult(ClientStatus status, String message, int attemptsLeft, Optional<ClientSession> session) {

    public boolean approved() {
        return status == ClientStatus.APPROVED;
    }
}
