package com.portaldesk.contacts;

/** What to do when some rows are refused. */
public enum ImportMode {
    /** One transaction: if any row is refused, nothing is imported. */
    ALL_OR_NOTHING,
    /** Import the valid rows; the refused ones go into a report with the reason per row. */
    VALID_ROWS
}
