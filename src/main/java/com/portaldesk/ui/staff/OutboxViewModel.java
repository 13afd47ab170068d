package com.portaldesk.ui.staff;

import com.portaldesk.contacts.Channel;
import com.portaldesk.delivery.OutboxEntry;
import com.portaldesk.ui.common.Work;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The demonstration outbox's state: what would have been sent, newest first, the chosen message in full, and a
 * banner that says plainly that nothing was delivered (or that the outbox could not be read, until it can again).
 */
public final class OutboxViewModel {
    static final String NOT_DELIVERED = "Demonstration: not delivered. Codes are kept here instead of being sent; "
            + "Settings ▸ Delivery settings sends real ones.";
    /** As many as a person reads: the newest codes, the ones a demonstration is about. */
    static final int SHOWN = 200;

    private final OutboxDesk outbox;
    private final Work background;
    private final DateTimeFormatter when;
    private final ObservableList<OutboxEntry> rows = FXCollections.observableArrayList();
    private final ObjectProperty<OutboxEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(NOT_DELIVERED);
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("");

    public OutboxViewModel(OutboxDesk outbox, Work background, ZoneId zone, Locale locale) {
        this.outbox = outbox;
        this.background = background;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(zone)
                .withLocale(locale);
        selected.addListener((obs, old, now) -> body.set(now == null ? "" : fullText(now)));
    }

    public void refresh() {
        background.then(
                () -> outbox.newest(SHOWN),
                messages -> {
                    rows.setAll(messages);
                    banner.set(NOT_DELIVERED);
                },
                error -> banner.set("Cannot read the outbox: " + error.getMessage()));
    }

    public String sentAt(OutboxEntry entry) {
        return when.format(entry.createdAt());
    }

    static String channel(OutboxEntry entry) {
        return entry.channel() == Channel.SMS ? "Text" : "Email";
    }

    /** One line in the list: the subject, if any, then the text on one line. */
    static String summary(OutboxEntry entry) {
        return entry.subject().isEmpty()
                ? entry.body()
                : entry.subject() + " — " + entry.body().replace('\n', ' ');
    }

    /** The whole message, as the client would have read it. */
    static String fullText(OutboxEntry entry) {
        return (entry.subject().isEmpty() ? "" : "Subject: " + entry.subject() + "\n\n") + entry.body();
    }

    public ObservableList<OutboxEntry> rows() {
        return rows;
    }

    public ObjectProperty<OutboxEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }
}
