package com.portaldesk.ui.staff;

import com.portaldesk.workstations.WorkstationRecord;
import java.util.List;

/** What the Workstations section shows: the staff apps and kiosks on this database, closed ones when asked. */
public interface WorkstationsDesk {
    List<WorkstationRecord> list(boolean includeClosed);
}
