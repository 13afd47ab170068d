package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ColumnMapping;
import com.portaldesk.contacts.CsvFile;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.contacts.ImportResult;
import com.portaldesk.contacts.ImportRow;
import java.util.List;

/** What the import wizard needs: every row judged before anything is stored, then the import (audited with who). */
public interface ContactImporter {
    List<ImportRow> judge(CsvFile file, ColumnMapping mapping);

    /** All or, with {@link ImportMode#VALID_ROWS}, the valid rows; cancelling undoes what was imported. */
    ImportResult run(List<ImportRow> judged, ImportMode mode, ImportProgress progress, String source);
}
