package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditWords;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.ui.common.Work;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log without a window: 200 events at a time (never the whole log) under the filters (dates, event,
 * reason, terminal, staff member, contact by name or email), older pages, export of everything the filters match,
 * and the hash-chain check with its progress.
 */
public final class AuditLogViewModel {
    static final int PAGE = 200;
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final AuditDesk desk;
    private final Work background;
    private final Executor onScreen;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditEventType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditReason> reason = new SimpleObjectProperty<>();
    private final StringProperty terminal = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final ObjectProperty<StaffAccount> staffMember = new SimpleObjectProperty<>();
    private final ObservableList<StaffAccount> staffChoices = FXCollections.observableArrayList();
    private final ObservableList<AuditNames.Named> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty verifyResult = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> intact = new SimpleObjectProperty<>();
    private final BooleanProperty verifying = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private AuditQuery shown;

    /**
     * @param onScreen where the chain check's progress is shown from (the FX thread on screen; at once in tests)
     */
    public AuditLogViewModel(AuditDesk desk, Work background, Executor onScreen) {
        this.desk = desk;
        this.background = background;
        this.onScreen = onScreen;
    }

    /** The staff members to filter by, and the newest events. */
    public void load() {
        background.then(
                desk::staff,
                staffChoices::setAll,
                error -> status.set("The staff members to filter by " + "could not be read: " + error.getMessage()));
        search();
    }

    /** The newest events under the filters; the contact is found by name or email first. */
    public void search() {
        String typed = contact.get().strip();
        if (typed.isEmpty()) {
            show(query(null));
            return;
        }
        background.then(
                () -> contactFor(typed),
                found -> {
                    if (found.contact() != null) {
                        show(query(found.contact().id()));
                    } else {
                        rows.clear();
                        status.set(found.problem());
                    }
                },
                error -> status.set("Cannot look the contact up: " + error.getMessage()));
    }

    private record Found(ContactRecord contact, String problem) {}

    /** One contact for what was typed, or why there is not exactly one. */
    private Found contactFor(String typed) {
        List<ContactRecord> matches = desk.contactsMatching(typed, 6);
        if (matches.isEmpty()) {
            return new Found(null, "No contact matches \"" + typed + "\".");
        }
        if (matches.size() > 1) {
            return new Found(
                    null,
                    (matches.size() > 5 ? "More than 5" : Integer.toString(matches.size()))
                            + " contacts match \"" + typed + "\" ("
                            + matches.stream()
                                    .limit(3)
                                    .map(c -> c.displayName() + (c.email().isEmpty() ? "" : " <" + c.email() + ">"))
                                    .collect(Collectors.joining(", "))
                            + (matches.size() > 3 ? ", …" : "")
                            + "). Type more, such as the email address.");
        }
        return new Found(matches.get(0), null);
    }

    /** The filters as a query, dates in this computer's time zone (to the end of the "to" day). */
    AuditQuery query(UUID contactId) {
        ZoneId zone = ZoneId.systemDefault();
        AuditQuery query = new AuditQuery(
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null
                        ? null
                        : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                type.get(),
                contactId,
                terminal.get().isBlank() ? null : terminal.get().strip(),
                PAGE,
                reason.get(),
                null);
        return staffMember.get() == null
                ? query
                : query.byActor(staffMember.get().username());
    }

    /** The next 200 older events under the same filters. */
    public void older() {
        if (shown != null && !rows.isEmpty()) {
            show(shown.olderThan(rows.get(rows.size() - 1).entry().seq()));
        }
    }

    private void show(AuditQuery query) {
        background.then(
                () -> desk.page(query),
                page -> {
                    shown = query;
                    rows.setAll(page);
                    status.set(
                            page.isEmpty()
                                    ? "No events."
                                    : String.format(
                                            "Events %,d to %,d (newest first)%s",
                                            page.get(0).entry().seq(),
                                            page.get(page.size() - 1).entry().seq(),
                                            page.size() == PAGE ? "; more are older." : "."));
                },
                error -> status.set("Cannot read the audit log: " + error.getMessage()));
    }

    /** Every event the filters match, not only the page shown, as CSV. */
    public void export(Path target) {
        AuditQuery query = shown == null ? query(null) : shown.olderThan(Long.MAX_VALUE);
        background.then(
                () -> desk.export(query, target),
                count -> status.set(String.format("Exported %,d events to %s.", count, target.getFileName())),
                error -> status.set("Export failed: " + error.getMessage()));
    }

    /** Checks every event's link in the hash chain (and the newest checkpoint), with progress; says what it found. */
    public void verify() {
        verifying.set(true);
        progress.set(0);
        background.then(
                () -> desk.verify(
                        (done, total) -> onScreen.execute(() -> progress.set(total == 0 ? 1 : (double) done / total))),
                this::verified,
                error -> {
                    verifying.set(false);
                    intact.set(null);
                    verifyResult.set("The check could not run: " + error.getMessage());
                });
    }

    private void verified(ChainVerification result) {
        verifying.set(false);
        intact.set(result.intact());
        String verdict = result.intact()
                ? String.format(
                        "✔ Intact: all %,d events are as they were written%s.",
                        result.eventsChecked(),
                        result.checkpoint().isEmpty()
                                ? ""
                                : String.format(
                                        ", and the log agrees with the %,d " + "checkpoint%s this workstation kept",
                                        result.checkpointsMatched(), result.checkpointsMatched() == 1 ? "" : "s"))
                : "✖ Broken at event " + result.firstBrokenSeq() + ": " + result.problem();
        verifyResult.set(result.notes().isEmpty() ? verdict : verdict + "\n" + String.join("\n", result.notes()));
    }

    /** One event, every field in words. */
    static String details(AuditNames.Named event) {
        AuditEntry e = event.entry();
        StringBuilder text = new StringBuilder();
        line(text, "When", WHEN.format(e.occurredAt()));
        line(text, "What", AuditWords.of(e.type()));
        line(text, "Why", AuditWords.of(e.reason()));
        line(text, "Who", event.who().isEmpty() ? "a client or the program itself" : event.who());
        line(text, "Where", e.terminalId());
        line(text, "Contact", event.contact());
        line(text, "Sent to", e.channel() == null ? "" : e.channel() + " " + e.destinationMasked());
        line(
                text,
                "Sign-in attempt",
                e.challengeId() == null ? "" : e.challengeId().toString());
        line(text, "Details", e.detail());
        return text.append("Event number ")
                .append(e.seq())
                .append(" in the log's hash chain.")
                .toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<AuditEventType> typeProperty() {
        return type;
    }

    public ObjectProperty<AuditReason> reasonProperty() {
        return reason;
    }

    public StringProperty terminalProperty() {
        return terminal;
    }

    /** A contact's name or email (or part of it); the filter finds exactly one or says why not. */
    public StringProperty contactProperty() {
        return contact;
    }

    public ObjectProperty<StaffAccount> staffMemberProperty() {
        return staffMember;
    }

    public ObservableList<StaffAccount> staffChoices() {
        return staffChoices;
    }

    public ObservableList<AuditNames.Named> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty verifyResultProperty() {
        return verifyResult;
    }

    /** True or false once a check ran; null before (or when it could not run). */
    public ObjectProperty<Boolean> intactProperty() {
        return intact;
    }

    public BooleanProperty verifyingProperty() {
        return verifying;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
