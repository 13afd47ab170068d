package com.portaldesk.verify;

/**
 * Where the newest code of a challenge stands with its provider, as stored in {@code challenge.delivery_status}
 * (the names are the stored values).
 */
enum CodeStanding {
    /** In the delivery queue, not yet accepted by a provider. */
    QUEUED,
    /** Accepted by the provider (or, for a decoy, pretended to be). */
    SENT,
    /** The provider refused it or gave up; a text may still go by email instead. */
    FAILED,
    /** The text failed and there is no way to email a code. */
    NO_FALLBACK
}
