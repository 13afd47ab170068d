package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.report.ReportPeriod;
import com.portaldesk.report.SafeguardsReports;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.ui.common.Work;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Reports screen on a fake desk: the period, the report made once, its pages shown, the same bytes saved. */
@Tag("plain")
class ReportsViewModelTest {
    private final MutableClock clock = MutableClock.at("2026-12-02T15:00:00Z");
    private final FakeDesk desk = new FakeDesk();
    private final ReportsViewModel model = new ReportsViewModel(desk, Work.direct(), clock, ZoneOffset.UTC);

    private static final class FakeDesk implements ReportDesk {
        final List<ReportPeriod> made = new ArrayList<>();
        final List<Path> saved = new ArrayList<>();
        RuntimeException failure;

        @Override
        public SafeguardsReports.Report create(ReportPeriod period) {
            if (failure != null) {
                throw failure;
            }
            made.add(period);
            return new SafeguardsReports.Report(new byte[] {1, 2, 3}, "ab12", period, Optional.empty(), 2);
        }

        @Override
        public List<BufferedImage> pages(SafeguardsReports.Report report) {
            return List.of(
                    new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB),
                    new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB));
        }

        @Override
        public void save(SafeguardsReports.Report report, Path file) {
            saved.add(file);
        }

        String address;

        @Override
        public Optional<String> checkpointAddress() {
            return Optional.ofNullable(address);
        }

        @Override
        public void setCheckpointAddress(String typed) {
            if (!typed.isBlank() && !typed.contains("@")) {
                throw new IllegalArgumentException("Enter a valid email address.");
            }
            address = typed.isBlank() ? null : typed;
        }

        @Override
        public DeliveryResult sendCheckpointNow() {
            return DeliveryResult.failed("SMTP_CONNECT", "The mail server could not be reached.");
        }
    }

    @Test
    void theCheckpointAddress_isShown_saved_turnedOff_andARefusalOrFailedSendIsSaidInWords() {
        model.loadCheckpointMail();
        assertThat(model.checkpointStatusProperty().get()).startsWith("Off: type the admin address");
        model.checkpointAddressProperty().set(" partners@leecpa.example ");
        model.saveCheckpointAddress();
        assertThat(desk.address).isEqualTo("partners@leecpa.example");
        assertThat(model.checkpointStatusProperty().get())
                .isEqualTo("Saved: each day's checkpoint goes to partners@leecpa.example.");
        model.sendCheckpointNow();
        assertThat(model.checkpointStatusProperty().get()).isEqualTo("Not sent: The mail server could not be reached.");
        model.checkpointAddressProperty().set("partners");
        model.saveCheckpointAddress();
        assertThat(model.checkpointStatusProperty().get()).isEqualTo("Not saved: Enter a valid email address.");
        assertThat(desk.address).isEqualTo("partners@leecpa.example");
        model.checkpointAddressProperty().set("");
        model.saveCheckpointAddress();
        assertThat(model.checkpointStatusProperty().get()).isEqualTo("Saved: the daily checkpoint email is off.");
    }

    @Test
    void theScreenOpensOnLastMonth_andThePresetsChooseWholePeriods() {
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        model.lastYear();
        assertThat(List.of(model.fromProperty().get(), model.toProperty().get()))
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        model.yearToDate();
        assertThat(List.of(model.fromProperty().get(), model.toProperty().get()))
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 2));
    }

    @Test
    void made_showsItsPagesAndExceptions_andSavingWritesThatReport() {
        model.create();
        assertThat(desk.made)
                .singleElement()
                .satisfies(p -> assertThat(p.inWords()).isEqualTo("November 1, 2026 to November 30, 2026"));
        assertThat(model.pages()).hasSize(2);
        assertThat(model.statusProperty().get()).startsWith("Made: 2 pages, 2 exceptions to look at");
        model.save(Path.of("nov.pdf"));
        assertThat(desk.saved).containsExactly(Path.of("nov.pdf"));
        assertThat(desk.made)
                .as("saving does not make (and audit) another report")
                .hasSize(1);
        assertThat(model.statusProperty().get()).startsWith("Saved to nov.pdf.");
    }

    @Test
    void changingThePeriod_afterwards_dropsTheReport_soAnotherPeriodIsNeverSavedUnderIt() {
        model.create();
        model.fromProperty().set(LocalDate.of(2026, 11, 2));
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.pages()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("The period changed: make the report again.");
    }

    @Test
    void aPeriodEndingAfterToday_orBackwards_isRefusedInWords_withoutMakingAnything() {
        model.toProperty().set(LocalDate.of(2026, 12, 3));
        model.create();
        assertThat(model.statusProperty().get()).isEqualTo("The last day cannot be after today (2026-12-02).");
        model.fromProperty().set(LocalDate.of(2026, 12, 1));
        model.toProperty().set(LocalDate.of(2026, 11, 1));
        model.create();
        assertThat(model.statusProperty().get()).contains("is before the first");
        assertThat(desk.made).isEmpty();
    }

    @Test
    void aFailure_isShownWithItsCause_andTheScreenIsFreeAgain() {
        desk.failure = new IllegalStateException("The database is not reachable.");
        model.create();
        assertThat(model.statusProperty().get())
                .isEqualTo("The report could not be made: The database is not reachable.");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.reportProperty().get()).isNull();
    }
}
