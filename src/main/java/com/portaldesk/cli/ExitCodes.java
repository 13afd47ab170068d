package com.portaldesk.cli;

/** Exit codes every command uses, documented in the README and in each command's --help. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The database, a file or the configuration failed; nothing was changed. */
    public static final int FAILURE = 1;
    /** The input was refused as invalid: a bad option, a malformed value, a bad file. */
    public static final int INVALID_INPUT = 2;
    /** The input was valid but refused: a duplicate contact, a clash, a code not approved. */
    public static final int REFUSED = 3;

    public static final String HELP_FOOTER = "%nExit codes: 0 success, 1 failure (database, file or configuration), "
            + "2 invalid input, 3 refused (for example a duplicate).";

    private ExitCodes() {}
}
