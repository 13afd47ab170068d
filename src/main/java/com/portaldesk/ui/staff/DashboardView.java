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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The last 30 days at a glance: client sign-ins, failed checks, lockouts and text-to-email fallbacks per day
 * (counted by the database), the five latest lockouts with a link to the contact, and a warning when the firm's
 * backups need attention (failed, none checked, or the newest good one older than its plan allows).
 */
public final class DashboardView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d");
    private static final int DAYS = 30;

    private final AuditLog audit;
    private final Background background;
    private final Consumer<UUID> showContact;
    private final BorderPane root = new BorderPane();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final VBox lockouts = new VBox(4);
    private final Supplier<Optional<String>> backupWarning;
    private final Label backupBanner = new Label();

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
        VBox top = new VBox(8, title, backupBanner, refresh);
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
        background.run(() -> new Object[] {
            audit.dailyCounts(first.atStartOfDay().toInstant(ZoneOffset.UTC), List.of(AuditEventType.CHECK_APPROVED,
                    AuditEventType.CHECK_FAILED, AuditEventType.IDENTITY_LOCKED, AuditEventType.CODE_RESENT)),
            audit.list(new AuditQuery(null, null, AuditEventType.IDENTITY_LOCKED, null, null, 5))
        }, loaded -> {
            @SuppressWarnings("unchecked")
            List<DailyCount> counts = (List<DailyCount>) loaded[0];
            @SuppressWarnings("unchecked")
            List<AuditEntry> latest = (List<AuditEntry>) loaded[1];
            showChart(first, today, counts);
            showLockouts(latest);
        }, error -> chart.setTitle("Cannot read the audit log: " + error.getMessage()));
    }

    private void showChart(LocalDate first, LocalDate today, List<DailyCount> counts) {
        Map<String, Map<LocalDate, Long>> series = new LinkedHashMap<>();
        for (String name : List.of("Sign-ins", "Failed checks", "Lockouts", "Text → email fallbacks")) {
            series.put(name, new LinkedHashMap<>());
        }
        for (DailyCount c : counts) {
            String name = switch (c.type()) {
                case CHECK_APPROVED -> "Sign-ins";
                case CHECK_FAILED -> "Failed checks";
                case IDENTITY_LOCKED -> "Lockouts";
                default -> c.reason() == AuditReason.DELIVERY_FAILED ? "Text → email fallbacks" : null;
            };
            if (name != null) {
                series.get(name).merge(c.day(), c.count(), Long::sum);
            }
        }
        chart.getData().clear();
        series.forEach((name, byDay) -> {
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            line.setName(name);
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                line.getData().add(new XYChart.Data<>(DAY.format(day), byDay.getOrDefault(day, 0L)));
            }
            chart.getData().add(line);
        });
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
