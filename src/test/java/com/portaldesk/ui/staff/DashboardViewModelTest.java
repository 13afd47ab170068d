package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.DailyCount;
import com.portaldesk.ui.common.Work;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers with a fake source: no FX toolkit, no database, no waiting. */
@Tag("plain")
class DashboardViewModelTest {
    private static final Clock DEC_2 = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final List<DailyCount> counts = new ArrayList<>();
    private Optional<String> warning = Optional.empty();
    private List<String> security = List.of();
    private Instant askedFrom;

    private final ActivitySource source = new ActivitySource() {
        @Override
        public List<DailyCount> dailyCounts(Instant from, List<AuditEventType> types) {
            askedFrom = from;
            return counts;
        }

        @Override
        public List<AuditEntry> latestLockouts(int howMany) {
            return List.of();
        }

        @Override
        public Optional<String> backupWarning() {
            return warning;
        }

        @Override
        public List<String> securityWarnings() {
            return security;
        }
    };

    private final DashboardViewModel model = new DashboardViewModel(source, Work.direct(), DEC_2);

    @Test
    void thirtyDaysEndingToday_withTotals_andFallbacksCountedOnlyForFailedDeliveries() {
        counts.add(new DailyCount(TODAY, AuditEventType.CHECK_APPROVED, AuditReason.MATCH, 3));
        counts.add(new DailyCount(TODAY.minusDays(29), AuditEventType.CHECK_APPROVED, AuditReason.MATCH, 2));
        counts.add(new DailyCount(TODAY.minusDays(30), AuditEventType.CHECK_APPROVED, AuditReason.MATCH, 50));
        counts.add(new DailyCount(TODAY, AuditEventType.CODE_RESENT, AuditReason.DELIVERY_FAILED, 1));
        counts.add(new DailyCount(TODAY, AuditEventType.CODE_RESENT, AuditReason.OK, 7));
        model.load();
        assertThat(askedFrom).isEqualTo(Instant.parse("2026-11-03T00:00:00Z"));
        assertThat(model.lines())
                .extracting(DashboardViewModel.Line::label)
                .containsExactly("Sign-ins (5)", "Failed checks (0)", "Lockouts (0)", "Text → email fallbacks (1)");
        assertThat(model.lines().get(0).perDay()).hasSize(30).startsWith(2L).endsWith(3L);
        assertThat(model.totalsProperty().get())
                .isEqualTo("Last 30 days (Nov 3 to Dec 2)   Sign-ins: 5   ·   "
                        + "Failed checks: 0   ·   Lockouts: 0   ·   Text → email fallbacks: 1");
        assertThat(model.highestProperty().get()).isEqualTo(3);
        assertThat(model.firstDayProperty().get()).isEqualTo(TODAY.minusDays(29));
    }

    @Test
    void theCountAxis_isWholeSteps_withAtMostTenLines() {
        assertThat(DashboardViewModel.countAxis(0)).containsExactly(1, 1);
        assertThat(DashboardViewModel.countAxis(3)).containsExactly(4, 1);
        assertThat(DashboardViewModel.countAxis(250)).containsExactly(275, 28);
    }

    @Test
    void theBackupWarning_andAnUnreadableLog_areSaid() {
        warning = Optional.of("the last automatic backup failed.");
        model.load();
        assertThat(model.backupWarningProperty().get()).isEqualTo("Backups: the last automatic backup failed.");
        DashboardViewModel broken = new DashboardViewModel(
                new ActivitySource() {
                    @Override
                    public List<DailyCount> dailyCounts(Instant from, List<AuditEventType> types) {
                        throw new IllegalStateException("The database is not reachable.");
                    }

                    @Override
                    public List<AuditEntry> latestLockouts(int howMany) {
                        return List.of();
                    }

                    @Override
                    public Optional<String> backupWarning() {
                        return Optional.empty();
                    }

                    @Override
                    public List<String> securityWarnings() {
                        throw new IllegalStateException("The database is not reachable.");
                    }
                },
                Work.direct(),
                DEC_2);
        broken.load();
        assertThat(broken.problemProperty().get())
                .isEqualTo("Cannot read the audit log: The database is not reachable.");
        assertThat(broken.securityWarningProperty().get()).contains("could not be read");
    }

    @Test
    void theAuditAlarm_andLoosenedPermissions_areSaid_andGoneWhenAllIsWell() {
        model.load();
        assertThat(model.securityWarningProperty().get()).isEmpty();
        security = List.of(
                "The head of the audit log (event 12) does not carry PortalDesk's seal.",
                "Someone let other accounts reach PortalDesk's data folder.");
        model.load();
        assertThat(model.securityWarningProperty().get())
                .contains("does not carry PortalDesk's seal")
                .contains("other accounts");
    }
}
