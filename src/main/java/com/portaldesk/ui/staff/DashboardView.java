package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.DailyCount;
import com.portaldesk.ui.common.Background;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The last 30 days at a glance: client sign-ins, failed checks, lockouts and text-to-email fallbacks per day
 * (counted by the database) with their totals, on a whole-number axis with a date each week, the five latest lockouts with a link to the contact, and a warning when the firm's
 * backups need attention (failed, none checked, or the newest good one older than its plan allows).
 */
public final class DashboardView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d");
    private static final int DAYS = 30;
    private static final String SIGN_INS = "Sign-ins";
    private static final String FAILED_CHECKS = "Failed checks";
    private static final String LOCKOUTS = "Lockouts";
    private static final String FALLBACKS = "Text → email fallbacks";
    private static final List<String> SERIES = List.of(SIGN_INS, FAILED_CHECKS, LOCKOUTS, FALLBACKS);

    private final AuditLog audit;
    private final Background background;
    private final Consumer<UUID> showContact;
    private final BorderPane root = new BorderPane();
    private final NumberAxis days = new NumberAxis(0, DAYS - 1, 7);
    private final NumberAxis counts = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(days, counts);
    private final Label totals = new Label();
    private final VBox lockouts = new VBox(4);
    private final Supplier<Optional<String>> backupWarning;
    private final Label backupBanner = new Label();
    private LocalDate firstDay = LocalDate.now(Clock.systemUTC()).minusDays(DAYS - 1L);

    public DashboardView(AuditLog audit, Background background, Consumer<UUID> showContact,
                         Supplier<Optional<String>> backupWarning) {
        this.audit = audit;
        this.backupWarning = backupWarning;
        this.background = background;
        this.showContact = showContact;
        chart.setId("activityChart");
        chart.setTitle("Client sign-in activity, last 30 days");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        // Whole numbers only: there is no such thing as half a sign-in.
        counts.setMinorTickVisible(false);
        counts.setForceZeroInRange(true);
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? String.format("%,d", value.longValue())
                        : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text.replace(",", ""));
            }
        });
        // A date every week, upright, instead of thirty sideways ones.
        days.setAutoRanging(false);
        days.setMinorTickVisible(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                return DAY.format(firstDay.plusDays(index.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        chart.setPadding(new Insets(0, 28, 0, 0)); // room for the last date, centred on the chart's right edge
        totals.setId("dashboardTotals");
        totals.setWrapText(true);
        Label title = new Label("Dashboard");
        title.getStyleClass().add("title-2");
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> load());
        backupBanner.setId("backupWarning");
        backupBanner.getStyleClass().add("backup-warning");
        backupBanner.setWrapText(true);
        backupBanner.setMaxWidth(900);
        backupBanner.setMinHeight(Region.USE_PREF_SIZE);
        backupBanner.visibleProperty().bind(backupBanner.textProperty().isNotEmpty());
        backupBanner.managedProperty().bind(backupBanner.visibleProperty());
        VBox top = new VBox(8, title, backupBanner, totals, refresh);
        top.setPadding(new Insets(14, 16, 6, 16));
        Label lockTitle = new Label("Latest lockouts");
        lockTitle.getStyleClass().add("title-4");
        VBox side = new VBox(8, lockTitle, lockouts);
        side.setPadding(new Insets(14));
        side.setPrefWidth(300);
        side.getStyleClass().add("details-pane");
        BorderPane.setMargin(side, new Insets(0, 16, 16, 0));
        root.setTop(top);
        root.setCenter(chart);
        root.setRight(side);
        load();
    }

    public BorderPane getRoot() {
        return root;
    }

    public void load() {
        background.run(backupWarning::get, warning -> backupBanner.setText(warning.map(text -> "Backups: " + text)
                .orElse("")), error -> backupBanner.setText("Backups: their state could not be read ("
                + error.getMessage() + ")."));
        LocalDate today = LocalDate.now(Clock.systemUTC());
        LocalDate first = today.minusDays(DAYS - 1L);
        background.run(() -> new Activity(
                audit.dailyCounts(first.atStartOfDay().toInstant(ZoneOffset.UTC), List.of(AuditEventType.CHECK_APPROVED,
                        AuditEventType.CHECK_FAILED, AuditEventType.IDENTITY_LOCKED, AuditEventType.CODE_RESENT)),
                audit.list(new AuditQuery(null, null, AuditEventType.IDENTITY_LOCKED, null, null, 5))), activity -> {
                    firstDay = first;
                    showChart(first, today, activity.counts());
                    showLockouts(activity.latestLockouts());
                }, error -> chart.setTitle("Cannot read the audit log: " + error.getMessage()));
    }

    /** What the dashboard reads in one go, off the window's thread. */
    private record Activity(List<DailyCount> counts, List<AuditEntry> latestLockouts) {
    }

    private void showChart(LocalDate first, LocalDate today, List<DailyCount> counts) {
        Map<String, Map<LocalDate, Long>> series = new LinkedHashMap<>();
        for (String name : SERIES) {
            series.put(name, new LinkedHashMap<>());
        }
        for (DailyCount c : counts) {
            String name = switch (c.type()) {
                case CHECK_APPROVED -> SIGN_INS;
                case CHECK_FAILED -> FAILED_CHECKS;
                case IDENTITY_LOCKED -> LOCKOUTS;
                default -> c.reason() == AuditReason.DELIVERY_FAILED ? FALLBACKS : null;
            };
            if (name != null) {
                series.get(name).merge(c.day(), c.count(), Long::sum);
            }
        }
        chart.getData().clear();
        List<String> sums = new ArrayList<>();
        series.forEach((name, byDay) -> {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            long total = byDay.values().stream().mapToLong(Long::longValue).sum();
            line.setName(name + " (" + String.format("%,d", total) + ")");
            sums.add(name + ": " + String.format("%,d", total));
            int index = 0;
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                line.getData().add(new XYChart.Data<>(index++, byDay.getOrDefault(day, 0L)));
            }
            chart.getData().add(line);
        });
        scaleCounts(series.values().stream().flatMap(byDay -> byDay.values().stream()).mapToLong(Long::longValue)
                .max().orElse(0));
        totals.setText("Last 30 days (" + DAY.format(first) + " to " + DAY.format(today) + ")   "
                + String.join("   ·   ", sums));
    }

    /** From 0 to a little above the highest day, in whole steps: at most ten grid lines, never between two counts. */
    private void scaleCounts(long highest) {
        long upper = Math.max(1, highest + Math.max(1, highest / 10));
        counts.setAutoRanging(false);
        counts.setLowerBound(0);
        counts.setUpperBound(upper);
        counts.setTickUnit(Math.max(1, (long) Math.ceil(upper / 10.0)));
    }

    private void showLockouts(List<AuditEntry> latest) {
        lockouts.getChildren().clear();
        if (latest.isEmpty()) {
            lockouts.getChildren().add(new Label("No lockouts."));
        }
        for (AuditEntry lock : latest) {
            Label when = new Label(lock.occurredAt().toString().replace('T', ' ').substring(0, 16) + " UTC at "
                    + lock.terminalId());
            when.getStyleClass().add("text-muted");
            lockouts.getChildren().add(when);
            if (lock.contactId() != null) {
                Hyperlink link = new Hyperlink("Open the contact");
                link.setOnAction(e -> showContact.accept(lock.contactId()));
                lockouts.getChildren().add(link);
            } else {
                lockouts.getChildren().add(new Label("(no contact: unknown email)"));
            }
        }
    }
}
