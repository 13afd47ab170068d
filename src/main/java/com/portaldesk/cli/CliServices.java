package com.portaldesk.cli;

import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.CsvExport;

/** What the commands need; the application's context provides it, so the CLI never builds services itself. */
public interface CliServices extends AutoCloseable {
    AppConfig config();

    ContactService contacts();

    ContactImport contactImport();

    CsvExport csvExport();

    @Override
    void close();
}
