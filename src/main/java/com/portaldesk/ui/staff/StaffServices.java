package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.CsvExport;
import java.nio.file.Path;

/** What the staff screens need from the application, handed over by the app package. */
public record StaffServices(ContactService contacts, ContactImport contactImport, CsvExport csvExport,
                            String databaseDescription, Path dataDir) {
}
