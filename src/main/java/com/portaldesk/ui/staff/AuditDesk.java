package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.staff.StaffAccount;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/** What the audit log screen needs: pages of events with people named, the people to filter by, the chain check. */
public interface AuditDesk {
    List<AuditNames.Named> page(AuditQuery query);

    List<StaffAccount> staff();

    List<ContactRecord> contactsMatching(String text, int limit);

    /** The whole chain, against every checkpoint this workstation kept; progress as done, total. */
    ChainVerification verify(BiConsumer<Long, Long> progress);

    /** Every event the query matches (not only the page shown) as CSV; how many were written. */
    int export(AuditQuery query, Path target);
}
