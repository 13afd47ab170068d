package com.portaldesk.delivery;

/**
 * Where an OAuth access token for sending mail comes from. A token lives in memory only, renewed before it expires;
 * it is never written to disk, a log or the audit log.
 */
interface AccessTokens {
    /** A token valid for the next send. */
    String current() throws TokenRefused;

    /** The mail service these tokens sign in to ("Microsoft 365"). */
    String service();

    /** Who issues the tokens, for "which path is live" ("signed in as an app of the Microsoft Entra tenant …"). */
    String describe();

    /** The identity platform did not give a token: why, in words, with the next step. */
    final class TokenRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient DeliveryResult result;

        TokenRefused(DeliveryResult result, Throwable cause) {
            super(result.failureMessage(), cause);
            this.result = result;
        }

        DeliveryResult result() {
            return result;
        }
    }
}
