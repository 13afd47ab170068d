package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.audit.Actor;
import com.portaldesk.checkin.CheckInRecord;
import com.portaldesk.ui.common.Work;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The check-ins screen's logic with a fake desk: no FX toolkit, no database, no waiting. */
@Tag("plain")
class CheckInsViewModelTest {
    private static final Instant TEN_TO_ELEVEN = Instant.parse("2026-12-02T10:50:00Z");

    /** Today's check-ins in memory; marking one seen is refused when someone else did it first. */
    private static class FakeDesk implements CheckInDesk {
        final List<CheckInRecord> today = new ArrayList<>();
        final List<String> markedBy = new ArrayList<>();

        @Override
        public List<CheckInRecord> today(ZoneId zone) {
            return List.copyOf(today);
        }

        @Override
        public boolean markSeen(UUID checkInId, Actor actor) {
            for (int i = 0; i < today.size(); i++) {
                CheckInRecord c = today.get(i);
                if (c.id().equals(checkInId)) {
                    if (!c.waiting()) {
                        return false;
                    }
                    today.set(
                            i,
                            new CheckInRecord(
                                    c.id(),
                                    c.contactId(),
                                    c.contactName(),
                                    c.terminalId(),
                                    c.checkedInAt(),
                                    TEN_TO_ELEVEN.plusSeconds(120),
                                    actor.name()));
                    markedBy.add(actor.name());
                    return true;
                }
            }
            return false;
        }
    }

    private static CheckInRecord waiting(String name) {
        return new CheckInRecord(UUID.randomUUID(), UUID.randomUUID(), name, "lobby-1", TEN_TO_ELEVEN, null, null);
    }

    private final FakeDesk desk = new FakeDesk();
    private final List<String> banners = new ArrayList<>();
    private final CheckInsViewModel model = new CheckInsViewModel(
            desk, Work.direct(), () -> Actor.staff("ann", "desk-1"), banners::add, ZoneOffset.UTC);

    @Test
    void onlyCheckInsArrivingAfterTheFirstLoad_areAnnounced_eachOnce() {
        desk.today.add(waiting("Alice Pauline"));
        assertThat(model.placeholderProperty().get()).isEqualTo("Loading today's check-ins…");
        model.refresh();
        assertThat(model.placeholderProperty().get()).isEqualTo("No check-ins yet today.");
        assertThat(banners).isEmpty();
        desk.today.add(0, waiting("Bob Pauline"));
        model.refresh();
        model.refresh();
        assertThat(banners).containsExactly("New check-in: Bob Pauline at lobby-1.");
        assertThat(model.rows()).extracting(CheckInRecord::contactName).containsExactly("Bob Pauline", "Alice Pauline");
        assertThat(model.timeOf(model.rows().get(0))).isEqualTo("10:50");
    }

    @Test
    void markSeen_onlyForAWaitingSelection_saysWho_andKeepsTheSelection() {
        desk.today.add(waiting("Alice Pauline"));
        model.refresh();
        assertThat(model.canMarkSeenProperty().get()).isFalse();
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.canMarkSeenProperty().get()).isTrue();
        model.markSelectedSeen();
        assertThat(desk.markedBy).containsExactly("ann");
        assertThat(model.noticeProperty().get()).isEqualTo("Alice Pauline marked as seen.");
        assertThat(model.selectedProperty().get().contactName()).isEqualTo("Alice Pauline");
        assertThat(model.statusOf(model.selectedProperty().get())).isEqualTo("Seen by ann at 10:52");
        assertThat(model.canMarkSeenProperty().get()).isFalse();
        model.markSelectedSeen();
        assertThat(desk.markedBy).hasSize(1);
    }

    @Test
    void someoneElseFirst_isSaid_andAFailureIsShownNotSwallowed() {
        CheckInRecord alice = waiting("Alice Pauline");
        desk.today.add(alice);
        model.refresh();
        model.selectedProperty().set(alice);
        desk.today.set(
                0,
                new CheckInRecord(
                        alice.id(),
                        alice.contactId(),
                        "Alice Pauline",
                        "lobby-1",
                        TEN_TO_ELEVEN,
                        TEN_TO_ELEVEN.plusSeconds(60),
                        "bob"));
        model.markSelectedSeen();
        assertThat(model.noticeProperty().get()).isEqualTo("Someone else marked Alice Pauline as seen already.");

        CheckInsViewModel broken = new CheckInsViewModel(
                new FakeDesk() {
                    @Override
                    public List<CheckInRecord> today(ZoneId zone) {
                        throw new IllegalStateException("The database is not reachable.");
                    }
                },
                Work.direct(),
                () -> Actor.staff("ann", "desk-1"),
                banners::add,
                ZoneOffset.UTC);
        broken.refresh();
        assertThat(broken.noticeProperty().get())
                .isEqualTo("Cannot read the check-ins: The database is not reachable.");
    }
}
