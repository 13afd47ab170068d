package com.portaldesk.app.desks;

import com.portaldesk.audit.Actor;
import com.portaldesk.contacts.ColumnMapping;
import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.CsvFile;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.contacts.ImportResult;
import com.portaldesk.contacts.ImportRow;
import com.portaldesk.ui.staff.ContactImporter;
import java.util.List;

/** ContactImporter on the application's services (the screens see only the interface). */
public final class ContactImporterAdapter {
    private ContactImporterAdapter() {}

    public static ContactImporter of(ContactImport contactImport, Actor actor) {
        return new ContactImporter() {
            @Override
            public List<ImportRow> judge(CsvFile file, ColumnMapping mapping) {
                return contactImport.judge(file, mapping);
            }

            @Override
            public ImportResult run(List<ImportRow> judged, ImportMode mode, ImportProgress progress, String source) {
                return contactImport.run(judged, mode, progress, source, actor);
            }
        };
    }
}
