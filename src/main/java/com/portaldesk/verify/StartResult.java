package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import java.util.UUID;

/**
 * The answer to start or resend. Every field but the challenge id is the same whether or not the details
 * matched; the id is random either way. The id is null only when the input itself was refused.
 */
public record StartResult(
        UUID challengeId,
        ClientStatus status,
        ClientAnswer answer,
        Channel channel,
        int codeLength,
        long expiresInSeconds,
        long resendInSeconds) {

    /** The answer in English, as the command line prints it. */
    public String message() {
        return answer.in(Language.ENGLISH);
    }
}
