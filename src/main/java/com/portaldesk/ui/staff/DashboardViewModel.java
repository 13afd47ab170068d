package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.DailyCount;
import com.portaldesk.ui.common.Work;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last 30 days at a glance: client sign-ins, failed checks, lockouts and text-to-email fallbacks per day (counted
 * by the database) with their totals, the five latest lockouts, and the backups' warning. Plain properties and a
 * {@link Work}: tested with a fake source.
 */
public final class DashboardViewModel {
    static final int DAYS = 30;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d");
    private static final String SIGN_INS = "Sign-ins";
    private static final String FAILED_CHECKS = "Failed checks";
    private static final String LOCKOUTS = "Lockouts";
    private static final String FALLBACKS = "Text → email fallbacks";
    private static final List<String> SERIES = List.of(SIGN_INS, FAILED_CHECKS, LOCKOUTS, FALLBACKS);

    /** One line of the chart: its name, its total, and the count of each day, oldest first. */
    public record Line(String name, long total, List<Long> perDay) {
        public String label() {
            return name + " (" + String.format("%,d", total) + ")";
        }
    }

    private final ActivitySource source;
    private final Work work;
    private final Clock clock;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> lockouts = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final LongProperty highest = new SimpleLongProperty(0);
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty backupWarning = new SimpleStringProperty("");
    private final StringProperty securityWarning = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public DashboardViewModel(ActivitySource source, Work work, Clock clock) {
        this.source = source;
        this.work = work;
        this.clock = clock;
        firstDay.set(LocalDate.now(clock).minusDays(DAYS - 1L));
    }

    public void load() {
        work.then(
                source::securityWarnings,
                warnings -> securityWarning.set(String.join("\n\n", warnings)),
                error -> securityWarning.set(
                        "The state of the audit log could not be read (" + error.getMessage() + ")."));
        work.then(
                source::backupWarning,
                warning -> backupWarning.set(
                        warning.map(text -> "Backups: " + text).orElse("")),
                error -> backupWarning.set("Backups: their state could not be read (" + error.getMessage() + ")."));
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(DAYS - 1L);
        work.then(
                () -> new Activity(
                        source.dailyCounts(
                                first.atStartOfDay().toInstant(ZoneOffset.UTC),
                                List.of(
                                        AuditEventType.CHECK_APPROVED,
                                        AuditEventType.CHECK_FAILED,
                                        AuditEventType.IDENTITY_LOCKED,
                                        AuditEventType.CODE_RESENT)),
                        source.latestLockouts(5)),
                activity -> {
                    problem.set("");
                    show(first, today, activity.counts());
                    lockouts.setAll(activity.latestLockouts());
                },
                error -> problem.set("Cannot read the audit log: " + error.getMessage()));
    }

    private record Activity(List<DailyCount> counts, List<AuditEntry> latestLockouts) {}

    private void show(LocalDate first, LocalDate today, List<DailyCount> counts) {
        Map<String, Map<LocalDate, Long>> series = new LinkedHashMap<>();
        SERIES.forEach(name -> series.put(name, new LinkedHashMap<>()));
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
        List<Line> shown = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        series.forEach((name, byDay) -> {
            List<Long> perDay = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                perDay.add(byDay.getOrDefault(day, 0L));
            }
            long total = perDay.stream().mapToLong(Long::longValue).sum();
            shown.add(new Line(name, total, List.copyOf(perDay)));
            sums.add(name + ": " + String.format("%,d", total));
        });
        firstDay.set(first);
        highest.set(shown.stream()
                .flatMap(l -> l.perDay().stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(0));
        lines.setAll(shown);
        totals.set("Last 30 days (" + DAY.format(first) + " to " + DAY.format(today) + ")   "
                + String.join("   ·   ", sums));
    }

    /** The chart's count axis: from 0 to a little above the highest day, in whole steps, at most ten grid lines. */
    public static long[] countAxis(long highestDay) {
        long upper = Math.max(1, highestDay + Math.max(1, highestDay / 10));
        return new long[] {upper, Math.max(1, (long) Math.ceil(upper / 10.0))};
    }

    /** "Dec 2 14:05 UTC at lobby-1". */
    public static String lockoutLine(AuditEntry lock) {
        return lock.occurredAt().toString().replace('T', ' ').substring(0, 16) + " UTC at " + lock.terminalId();
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<AuditEntry> lockouts() {
        return lockouts;
    }

    public ObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    public LongProperty highestProperty() {
        return highest;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty backupWarningProperty() {
        return backupWarning;
    }

    /** The audit alarm and loosened permissions, in words; empty when all is well. */
    public StringProperty securityWarningProperty() {
        return securityWarning;
    }

    /** Empty, or why the activity could not be read. */
    public StringProperty problemProperty() {
        return problem;
    }
}
