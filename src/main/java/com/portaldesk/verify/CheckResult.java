package com.portaldesk.verify;

import com.portaldesk.contacts.Language;
import java.util.Optional;

/** The answer to a code check. Only APPROVED carries a session. */
public record CheckResult(ClientStatus status, ClientAnswer answer, int attemptsLeft, Optional<ClientSession> session) {

    public boolean approved() {
        return status == ClientStatus.APPROVED;
    }

    /** The answer in English, as the command line prints it. */
    public String message() {
        return answer.in(Language.ENGLISH);
    }
}
