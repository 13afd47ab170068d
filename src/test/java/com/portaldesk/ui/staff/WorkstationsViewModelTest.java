package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.ui.common.Work;
import com.portaldesk.workstations.WorkstationKind;
import com.portaldesk.workstations.WorkstationRecord;
import com.portaldesk.workstations.WorkstationStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Workstations screen's logic on a fake desk: no database, no toolkit. */
@Tag("plain")
class WorkstationsViewModelTest {
    private final FakeWorkstations desk = new FakeWorkstations();
    private final WorkstationsViewModel model =
            new WorkstationsViewModel(desk, Work.direct(), ZoneId.of("America/Chicago"));

    private static WorkstationRecord workstation(String terminal, WorkstationStatus status) {
        return new WorkstationRecord(
                WorkstationKind.KIOSK,
                terminal,
                "lobby-pc",
                "kiosk",
                "1.4.0",
                Instant.parse("2026-12-08T14:00:00Z"),
                Instant.parse("2026-12-08T15:30:00Z"),
                status == WorkstationStatus.CLOSED
                        ? Optional.of(Instant.parse("2026-12-08T16:00:00Z"))
                        : Optional.empty(),
                status);
    }

    @Test
    void theList_countsTheRunningAndTheQuiet_inTheWorkstationsOwnTime() {
        desk.found.addAll(List.of(
                workstation("lobby", WorkstationStatus.RUNNING),
                workstation("front-desk", WorkstationStatus.RUNNING),
                workstation("upstairs", WorkstationStatus.NOT_RESPONDING)));
        model.refresh();
        assertThat(model.rows())
                .extracting(WorkstationRecord::terminalId)
                .containsExactly("lobby", "front-desk", "upstairs");
        assertThat(model.summaryProperty().get()).isEqualTo("2 running, 1 not responding");
        assertThat(model.lastSeen(model.rows().get(0))).isEqualTo("2026-12-08 09:30");
        assertThat(model.started(model.rows().get(0))).isEqualTo("2026-12-08 08:00");
    }

    @Test
    void closedPrograms_areAskedForOnlyWhenWanted_andTheEmptyListSaysWhichItIs() {
        model.refresh();
        assertThat(desk.asked).containsExactly(false);
        assertThat(model.emptyTextProperty().get()).isEqualTo("No staff app or kiosk is running.");
        assertThat(model.summaryProperty().get()).isEqualTo("0 running");
        model.showClosedProperty().set(true);
        assertThat(desk.asked).containsExactly(false, true);
        assertThat(model.emptyTextProperty().get()).isEqualTo("No staff app or kiosk has used this database yet.");
    }

    @Test
    void aListThatCannotBeRead_saysSo() {
        desk.failing = true;
        model.refresh();
        assertThat(model.emptyTextProperty().get()).isEqualTo("The list could not be read: the database is gone");
    }

    private static final class FakeWorkstations implements WorkstationsDesk {
        final List<WorkstationRecord> found = new ArrayList<>();
        final List<Boolean> asked = new ArrayList<>();
        boolean failing;

        @Override
        public List<WorkstationRecord> list(boolean includeClosed) {
            if (failing) {
                throw new IllegalStateException("the database is gone");
            }
            asked.add(includeClosed);
            return List.copyOf(found);
        }
    }
}
