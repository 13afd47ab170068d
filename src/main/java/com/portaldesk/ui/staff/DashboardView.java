package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.ui.common.UiPart;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The dashboard: binds to {@link DashboardViewModel}; draws its lines on a whole-number axis with a date each week,
 * and links each recent lockout to its contact.
 */
public final class DashboardView extends UiPart<ScrollPane> {
    @FXML
    private Label backupWarning;

    @FXML
    private Label securityWarning;

    @FXML
    private Label dashboardTotals;

    @FXML
    private LineChart<Number, Number> activityChart;

    @FXML
    private NumberAxis days;

    @FXML
    private NumberAxis counts;

    @FXML
    private VBox lockoutList;

    private final DashboardViewModel model;
    private final Consumer<UUID> showContact;

    public DashboardView(DashboardViewModel model, Consumer<UUID> showContact) {
        this.model = model;
        this.showContact = showContact;
        securityWarning.textProperty().bind(model.securityWarningProperty());
        securityWarning.visibleProperty().bind(securityWarning.textProperty().isNotEmpty());
        securityWarning.managedProperty().bind(securityWarning.visibleProperty());
        backupWarning.textProperty().bind(model.backupWarningProperty());
        backupWarning.visibleProperty().bind(backupWarning.textProperty().isNotEmpty());
        backupWarning.managedProperty().bind(backupWarning.visibleProperty());
        dashboardTotals.textProperty().bind(model.totalsProperty());
        model.problemProperty()
                .addListener((obs, old, now) ->
                        activityChart.setTitle(now.isEmpty() ? "Client sign-in activity, last 30 days" : now));
        // Whole numbers only: there is no such thing as half a sign-in.
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue())
                        ? String.format("%,d", value.longValue())
                        : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text.replace(",", ""));
            }
        });
        // A date every week, upright, instead of thirty sideways ones.
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                return DashboardViewModel.DAY.format(
                        model.firstDayProperty().get().plusDays(index.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        model.lines().addListener((ListChangeListener<DashboardViewModel.Line>) change -> drawLines());
        model.lockouts().addListener((ListChangeListener<AuditEntry>) change -> listLockouts());
        listLockouts();
        model.load();
    }

    public void load() {
        model.load();
    }

    private void drawLines() {
        activityChart.getData().clear();
        for (DashboardViewModel.Line line : model.lines()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.label());
            for (int day = 0; day < line.perDay().size(); day++) {
                series.getData().add(new XYChart.Data<>(day, line.perDay().get(day)));
            }
            activityChart.getData().add(series);
        }
        long[] axis = DashboardViewModel.countAxis(model.highestProperty().get());
        counts.setAutoRanging(false);
        counts.setLowerBound(0);
        counts.setUpperBound(axis[0]);
        counts.setTickUnit(axis[1]);
    }

    private void listLockouts() {
        lockoutList.getChildren().clear();
        if (model.lockouts().isEmpty()) {
            lockoutList.getChildren().add(new Label("No lockouts."));
        }
        for (AuditEntry lock : model.lockouts()) {
            Label when = new Label(DashboardViewModel.lockoutLine(lock));
            when.getStyleClass().add("text-muted");
            lockoutList.getChildren().add(when);
            if (lock.contactId() != null) {
                Hyperlink link = new Hyperlink("Open the contact");
                link.setOnAction(e -> showContact.accept(lock.contactId()));
                lockoutList.getChildren().add(link);
            } else {
                lockoutList.getChildren().add(new Label("(no contact: unknown email)"));
            }
        }
    }

    @FXML
    private void onRefresh() {
        model.load();
    }
}
