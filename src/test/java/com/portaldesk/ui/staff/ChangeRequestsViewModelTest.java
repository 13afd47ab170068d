package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.checkin.ChangeRequestRecord;
import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.ui.common.Work;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The change-requests screen's logic with a fake desk: no FX toolkit, no database, no waiting. */
@Tag("plain")
class ChangeRequestsViewModelTest {
    private static final class FakeDesk implements RequestDesk {
        final List<Row> open = new ArrayList<>();
        final List<UUID> handledElsewhere = new ArrayList<>();

        @Override
        public List<Row> open() {
            return List.copyOf(open);
        }

        @Override
        public boolean markHandled(UUID requestId) {
            return open.removeIf(r -> r.request().id().equals(requestId)) && !handledElsewhere.contains(requestId);
        }
    }

    private static RequestDesk.Row row(String client, ChangeTopic... topics) {
        ChangeRequestRecord request = new ChangeRequestRecord(
                UUID.randomUUID(),
                UUID.randomUUID(),
                EnumSet.of(topics[0], topics),
                "note",
                "lobby-1",
                Instant.parse("2026-12-02T09:05:00Z"),
                Optional.empty(),
                Optional.empty());
        return new RequestDesk.Row(request, client);
    }

    private final FakeDesk desk = new FakeDesk();
    private final List<String> banners = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ChangeRequestsViewModel model =
            new ChangeRequestsViewModel(desk, Work.direct(), dialogs, banners::add, ZoneOffset.UTC);

    @Test
    void theTitleCountsWhatWaits_andOnlyNewRequestsAreAnnounced() {
        desk.open.add(row("Alice Pauline", ChangeTopic.MOBILE));
        model.refresh();
        assertThat(model.titleProperty().get()).isEqualTo("Change requests (1)");
        assertThat(banners).isEmpty();
        desk.open.add(row("Bob Pauline", ChangeTopic.EMAIL, ChangeTopic.NAME));
        model.refresh();
        model.refresh();
        assertThat(banners).containsExactly("New change request from Bob Pauline: name, email address.");
        assertThat(model.receivedOf(model.rows().get(0))).isEqualTo("Dec 2, 09:05");
    }

    @Test
    void markHandled_takesItOffTheList_andSaysWhenSomeoneElseWasFirst() {
        RequestDesk.Row alice = row("Alice Pauline", ChangeTopic.MOBILE);
        RequestDesk.Row bob = row("Bob Pauline", ChangeTopic.OTHER);
        desk.open.addAll(List.of(alice, bob));
        model.refresh();
        model.selectedProperty().set(alice);
        model.markSelectedHandled();
        assertThat(model.rows()).containsExactly(bob);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.titleProperty().get()).isEqualTo("Change requests (1)");
        assertThat(dialogs.shown).isEmpty();

        desk.handledElsewhere.add(bob.request().id());
        model.selectedProperty().set(bob);
        model.markSelectedHandled();
        assertThat(dialogs.shown).containsExactly("info: Someone else marked this request handled a moment ago.");
        assertThat(model.titleProperty().get()).isEqualTo("Change requests");
    }
}
