package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import com.portaldesk.verify.ClientStatus;
import com.portaldesk.verify.StartResult;

/**
 * What the kiosk says for each answer of the engine, as resource-bundle keys. The engine's answers are
 * already uniform (a decoy reads like a real send); this only chooses the client's words for them.
 */
final class EngineAnswers {
    private EngineAnswers() {
    }

    /** The message under "Enter your code" after a send, or the error when nothing was sent. */
    static String forStart(StartResult result) {
        return switch (result.status()) {
            case CODE_SENT -> result.channel() == Channel.SMS ? "code.sentSms" : "code.sentEmail";
            case INVALID_INPUT -> "error.details";
            case TRY_LATER -> "error.tryLater";
            default -> "error.startAgain";
        };
    }

    /** The error for a refused code (APPROVED has none). */
    static String forRefusedCheck(ClientStatus status) {
        return switch (status) {
            case INVALID -> "error.invalid";
            case INVALID_INPUT -> "error.codeFormat";
            case EXPIRED -> "error.expired";
            case TOO_MANY_ATTEMPTS -> "error.tooMany";
            case LOCKED -> "error.locked";
            default -> "error.startAgain";
        };
    }
}
