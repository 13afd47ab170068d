package com.portaldesk.ui.staff;

import com.portaldesk.report.ReportPeriod;
import com.portaldesk.report.SafeguardsReports;
import com.portaldesk.ui.common.Work;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports screen without a window: choose the period, make the Safeguards report, look at its pages, save it;
 * and set where the daily audit checkpoint is emailed.
 * A report is made (and audited) once; saving writes those same bytes, so the saved file's digest is the audited one.
 */
public final class ReportsViewModel {
    private final ReportDesk desk;
    private final Work background;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<SafeguardsReports.Report> report = new SimpleObjectProperty<>();
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty checkpointAddress = new SimpleStringProperty("");
    private final StringProperty checkpointStatus = new SimpleStringProperty("");

    public ReportsViewModel(ReportDesk desk, Work background, Clock clock, ZoneId zone) {
        this.desk = desk;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        lastMonth();
        from.addListener((obs, old, now) -> forgetReport());
        to.addListener((obs, old, now) -> forgetReport());
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** The whole of last month: the usual monthly review. */
    public void lastMonth() {
        LocalDate first = today().minusMonths(1).withDayOfMonth(1);
        setPeriod(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** January 1 to today. */
    public void yearToDate() {
        setPeriod(today().withDayOfYear(1), today());
    }

    /** The whole of last year: the yearly report to the board (314.4(i)). */
    public void lastYear() {
        LocalDate first = today().minusYears(1).withDayOfYear(1);
        setPeriod(first, first.with(TemporalAdjusters.lastDayOfYear()));
    }

    private void setPeriod(LocalDate first, LocalDate last) {
        from.set(first);
        to.set(last);
    }

    /** A report of another period is not what is on screen any more. */
    private void forgetReport() {
        if (report.get() != null && !busy.get()) {
            report.set(null);
            pages.clear();
            status.set("The period changed: make the report again.");
        }
    }

    public void create() {
        ReportPeriod period;
        try {
            period = period();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        busy.set(true);
        report.set(null);
        pages.clear();
        status.set("Making the report for " + period.inWords() + ": counting the audit log and checking it…");
        background.then(
                () -> {
                    SafeguardsReports.Report made = desk.create(period);
                    return new Made(made, desk.pages(made));
                },
                made -> {
                    busy.set(false);
                    report.set(made.report());
                    pages.setAll(made.pages());
                    status.set("Made: " + made.pages().size() + " pages, "
                            + (made.report().exceptions() == 0
                                    ? "nothing that needs attention"
                                    : made.report().exceptions()
                                            + (made.report().exceptions() == 1 ? " exception" : " exceptions")
                                            + " to look at (last section)")
                            + ". Its digest is in the audit "
                            + "log; save it to keep it.");
                },
                error -> {
                    busy.set(false);
                    status.set("The report could not be made: " + error.getMessage());
                });
    }

    private ReportPeriod period() {
        if (from.get() == null || to.get() == null) {
            throw new IllegalArgumentException("Choose the first and the last day.");
        }
        if (to.get().isAfter(today())) {
            throw new IllegalArgumentException("The last day cannot be after today (" + today() + ").");
        }
        return new ReportPeriod(from.get(), to.get(), zone);
    }

    public void save(Path file) {
        SafeguardsReports.Report made = report.get();
        if (made == null) {
            return;
        }
        busy.set(true);
        background.then(
                () -> {
                    desk.save(made, file);
                    return file;
                },
                saved -> {
                    busy.set(false);
                    status.set("Saved to " + saved
                            + ". 'portaldesk report check' on any copy tells whether it is unchanged.");
                },
                error -> {
                    busy.set(false);
                    status.set("The report was not saved: " + error.getMessage());
                });
    }

    /** Reads the daily checkpoint's address, for the screen's field. */
    public void loadCheckpointMail() {
        background.then(
                desk::checkpointAddress,
                address -> {
                    checkpointAddress.set(address.orElse(""));
                    checkpointStatus.set(
                            address.isPresent()
                                    ? "Each day's checkpoint goes to " + address.get() + "."
                                    : "Off: type the admin address to have each day's checkpoint emailed.");
                },
                error -> checkpointStatus.set("Could not be read: " + error.getMessage()));
    }

    public void saveCheckpointAddress() {
        String typed =
                checkpointAddress.get() == null ? "" : checkpointAddress.get().strip();
        background.then(
                () -> {
                    desk.setCheckpointAddress(typed);
                    return desk.checkpointAddress();
                },
                saved -> {
                    checkpointAddress.set(saved.orElse(""));
                    checkpointStatus.set(saved.map(a -> "Saved: each day's checkpoint goes to " + a + ".")
                            .orElse("Saved: the daily checkpoint email is off."));
                },
                error -> checkpointStatus.set("Not saved: " + error.getMessage()));
    }

    public void sendCheckpointNow() {
        background.then(
                desk::sendCheckpointNow,
                result -> checkpointStatus.set(
                        result.sent() ? "Sent: " + result.summary() : "Not sent: " + result.failureMessage()),
                error -> checkpointStatus.set("Not sent: " + error.getMessage()));
    }

    public String suggestedFileName() {
        return report.get() == null ? "safeguards-report.pdf" : report.get().suggestedFileName();
    }

    private record Made(SafeguardsReports.Report report, List<BufferedImage> pages) {}

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<SafeguardsReports.Report> reportProperty() {
        return report;
    }

    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty checkpointAddressProperty() {
        return checkpointAddress;
    }

    public StringProperty checkpointStatusProperty() {
        return checkpointStatus;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
