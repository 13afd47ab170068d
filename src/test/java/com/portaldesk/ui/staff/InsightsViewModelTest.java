package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.insights.Insight;
import com.portaldesk.insights.InsightKind;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.ui.common.Work;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Insights tab's logic on a fake source: no database, no FX toolkit, no waiting. */
@Tag("plain")
class InsightsViewModelTest {
    private final MutableClock clock = MutableClock.at("2026-11-30T15:00:00Z");
    private final List<Instant> asked = new ArrayList<>();
    private List<Insight> answer = List.of(
            new Insight(InsightKind.OPTED_OUT, "Alice Pauline", 1, "Ask the client to text START.", UUID.randomUUID()));
    private boolean failing;
    private final InsightsViewModel model = new InsightsViewModel(
            since -> {
                asked.add(since);
                if (failing) {
                    throw new IllegalStateException("the database is locked");
                }
                return answer;
            },
            Work.direct(),
            clock,
            ZoneOffset.UTC);

    @Test
    void thePeriod_isChosenInDays_andTheRowsSayHowManyThingsToActOn() {
        model.load();
        assertThat(asked).containsExactly(clock.instant().minus(Duration.ofDays(30)));
        assertThat(model.rows()).hasSize(1);
        assertThat(model.statusProperty().get()).isEqualTo("1 thing to act on since Oct 31, most urgent first.");
        model.daysProperty().set(7);
        assertThat(asked).last().isEqualTo(clock.instant().minus(Duration.ofDays(7)));
    }

    @Test
    void howOften_countsContactsForReasons_andTimesForEverythingElse() {
        assertThat(InsightsView.howOften(answer.get(0))).isEqualTo("1 time");
        assertThat(InsightsView.howOften(new Insight(InsightKind.NOT_READY, "No email address", 12, "", null)))
                .isEqualTo("12 contacts");
        assertThat(InsightsView.howOften(new Insight(InsightKind.NOT_READY, "No email address", 12_345, "", null)))
                .as("a count a person reads at a glance")
                .isEqualTo("12,345 contacts");
    }

    @Test
    void aQuietPeriod_saysSo() {
        answer = List.of();
        model.load();
        assertThat(model.statusProperty().get()).startsWith("Nothing to act on since Oct 31");
    }

    @Test
    void insightsThatCannotBeRead_sayWhy() {
        failing = true;
        model.load();
        assertThat(model.statusProperty().get()).isEqualTo("The insights could not be read: the database is locked");
    }
}
