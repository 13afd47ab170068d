package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.checkin.ChangeRequestRecord;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.staff.StaffSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A client's sign-in history and lock state for the contact details, and the actions staff take on them. */
public final class ContactActivity {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(ZoneId.systemDefault());

    private final ContactActivityDesk desk;
    private final StaffSession staff;
    private final String terminal;

    public ContactActivity(ContactActivityDesk desk, StaffSession staff, String terminal) {
        this.desk = desk;
        this.staff = staff;
        this.terminal = terminal;
    }

    /** What staff read about one contact: the newest sign-in events, and whether sign-in is locked. */
    public record Snapshot(List<String> history, boolean locked) {}

    /**
     * The newest events and change requests together, newest first. A change request is shown with what
     * the client wrote, in place of its bare audit event.
     */
    Snapshot load(ContactRecord contact) {
        List<Dated> lines = new ArrayList<>();
        desk.events(contact.id(), 12).stream()
                .filter(e -> e.type() != AuditEventType.CHANGE_REQUESTED)
                .forEach(e -> lines.add(new Dated(e.occurredAt(), line(e))));
        desk.changeRequests(contact.id()).stream()
                .limit(12)
                .forEach(r -> lines.add(new Dated(r.requestedAt(), line(r))));
        lines.sort(Comparator.comparing(Dated::at).reversed());
        List<String> history = lines.stream().limit(16).map(Dated::text).toList();
        boolean locked = !contact.email().isEmpty() && desk.isLocked(contact.email());
        return new Snapshot(history, locked);
    }

    private record Dated(Instant at, String text) {}

    private static String line(ChangeRequestRecord r) {
        String state = r.handledBy().map(by -> "handled by " + by).orElse("waiting");
        String note = r.note().isEmpty() ? "" : " — \"" + r.note() + "\"";
        return WHEN.format(r.requestedAt()) + "  change request: " + ChangeRequestsViewModel.topics(r.topics()) + note
                + " (" + state + ") at " + r.terminalId();
    }

    private static String line(AuditEntry e) {
        return WHEN.format(e.occurredAt()) + "  "
                + e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ("
                + e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") at " + e.terminalId();
    }

    void unlock(ContactRecord contact) {
        desk.unlock(contact.email(), Actor.staff(staff.username(), terminal));
    }

    String reveal(ContactRecord contact) {
        return desk.revealSsn(contact.id(), Actor.staff(staff.username(), terminal), staff.canRevealSsn());
    }

    /** The contacts whose sign-in is locked now, for the "Sign-in locked" filter. */
    Set<UUID> lockedContactIds() {
        return desk.lockedContactIds();
    }

    boolean mayReveal() {
        return staff.canRevealSsn();
    }
}
