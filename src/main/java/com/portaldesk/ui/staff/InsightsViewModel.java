package com.portaldesk.ui.staff;

import com.portaldesk.insights.Insight;
import com.portaldesk.ui.common.Work;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Insights tab without a window: sign-in failures of the chosen period as next steps for the front desk, read
 * again each time the tab is opened.
 */
public final class InsightsViewModel {
    /** The periods to choose from, in days. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d");

    private final Function<Instant, List<Insight>> insightsSince;
    private final Work background;
    private final Clock clock;
    private final ZoneId zone;
    private final IntegerProperty days = new SimpleIntegerProperty(30);
    private final ObservableList<Insight> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    /** @param insightsSince the insights since a moment ({@code SignInInsights::since} in the program) */
    public InsightsViewModel(
            Function<Instant, List<Insight>> insightsSince, Work background, Clock clock, ZoneId zone) {
        this.insightsSince = insightsSince;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        days.addListener((obs, old, now) -> load());
    }

    public void load() {
        Instant since = clock.instant().minus(Duration.ofDays(days.get()));
        String from = DAY.withZone(zone).format(since);
        status.set("Reading the sign-ins since " + from + "…");
        background.then(
                () -> insightsSince.apply(since),
                found -> {
                    rows.setAll(found);
                    status.set(
                            found.isEmpty()
                                    ? "Nothing to act on since " + from + ": no repeated failures, and every "
                                            + "active contact can sign in."
                                    : found.size() + (found.size() == 1 ? " thing" : " things") + " to act on since "
                                            + from + ", most urgent first.");
                },
                error -> status.set("The insights could not be read: " + error.getMessage()));
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ObservableList<Insight> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
