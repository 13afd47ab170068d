package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Email;
import com.portaldesk.contacts.SsnReveal;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.verify.IdentityLocks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A client's sign-in history and lock state for the contact details, and the actions staff take on them. */
public final class ContactActivity {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(ZoneId.systemDefault());

    private final AuditLog audit;
    private final IdentityLocks locks;
    private final SsnReveal reveal;
    private final StaffSession staff;
    private final String terminal;

    public ContactActivity(AuditLog audit, IdentityLocks locks, SsnReveal reveal, StaffSession staff, String terminal) {
        this.audit = audit;
        this.locks = locks;
        this.reveal = reveal;
        this.staff = staff;
        this.terminal = terminal;
    }

    /** What staff read about one contact: the newest sign-in events, and whether sign-in is locked. */
    public record Snapshot(List<String> history, boolean locked) {
    }

    Snapshot load(ContactRecord contact) {
        List<String> history = audit.list(new AuditQuery(null, null, null, contact.id(), null, 12)).stream()
                .map(ContactActivity::line).toList();
        boolean locked = !contact.email().isEmpty() && locks.isLocked(new Email(contact.email()));
        return new Snapshot(history, locked);
    }

    private static String line(AuditEntry e) {
        return WHEN.format(e.occurredAt()) + "  " + e.type().name().toLowerCase().replace('_', ' ') + " ("
                + e.reason().name().toLowerCase().replace('_', ' ') + ") at " + e.terminalId();
    }

    void unlock(ContactRecord contact) {
        locks.unlock(new Email(contact.email()), terminal, staff.username());
    }

    String reveal(ContactRecord contact) {
        return reveal.reveal(contact.id(), staff, terminal);
    }

    boolean mayReveal() {
        return staff.canRevealSsn();
    }
}
