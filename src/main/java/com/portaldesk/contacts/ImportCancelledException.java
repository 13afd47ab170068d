package com.portaldesk.contacts;

/** The user cancelled an import; everything it had written is rolled back. */
public class ImportCancelledException extends ImportException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("The import was cancelled. Nothing was imported.");
    }
}
