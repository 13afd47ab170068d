package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.delivery.OutboxEntry;
import com.portaldesk.ui.common.Work;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The outbox screen's logic on a fake desk: no database, no toolkit. */
@Tag("plain")
class OutboxViewModelTest {
    private final FakeOutbox desk = new FakeOutbox();
    private final OutboxViewModel model =
            new OutboxViewModel(desk, Work.direct(), ZoneId.of("America/New_York"), Locale.US);

    private static OutboxEntry email(String subject, String body) {
        return new OutboxEntry(
                UUID.randomUUID(),
                Instant.parse("2026-12-08T15:04:00Z"),
                Channel.EMAIL,
                "a•••@example.com",
                subject,
                body);
    }

    @Test
    void refresh_showsTheNewestMessages_andSaysNothingWasDelivered() {
        desk.messages.add(email("Your code", "123456 is your code.\nIt expires in 10 minutes."));
        model.refresh();
        assertThat(model.rows()).hasSize(1);
        assertThat(desk.asked).containsExactly(OutboxViewModel.SHOWN);
        assertThat(model.bannerProperty().get()).startsWith("Demonstration: not delivered.");
        OutboxEntry shown = model.rows().get(0);
        assertThat(OutboxViewModel.summary(shown))
                .isEqualTo("Your code — 123456 is your code. It expires in 10 minutes.");
        assertThat(OutboxViewModel.channel(shown)).isEqualTo("Email");
        assertThat(model.sentAt(shown)).isEqualTo("Dec 8, 2026, 10:04:00 AM"); // the workstation's own time
    }

    @Test
    void choosingAMessage_showsItWhole_asTheClientWouldHaveReadIt() {
        OutboxEntry text = new OutboxEntry(
                UUID.randomUUID(), Instant.EPOCH, Channel.SMS, "+1•••••0123", "", "PortalDesk code: 654321");
        model.selectedProperty().set(email("Your code", "123456"));
        assertThat(model.bodyProperty().get()).isEqualTo("Subject: Your code\n\n123456");
        model.selectedProperty().set(text);
        assertThat(model.bodyProperty().get()).isEqualTo("PortalDesk code: 654321");
        assertThat(OutboxViewModel.channel(text)).isEqualTo("Text");
        model.selectedProperty().set(null);
        assertThat(model.bodyProperty().get()).isEmpty();
    }

    @Test
    void anOutboxThatCannotBeRead_saysSo_untilItCanAgain() {
        desk.failing = true;
        model.refresh();
        assertThat(model.bannerProperty().get()).isEqualTo("Cannot read the outbox: the database is locked");
        desk.failing = false;
        model.refresh();
        assertThat(model.bannerProperty().get()).startsWith("Demonstration: not delivered.");
    }

    private static final class FakeOutbox implements OutboxDesk {
        final List<OutboxEntry> messages = new ArrayList<>();
        final List<Integer> asked = new ArrayList<>();
        boolean failing;

        @Override
        public List<OutboxEntry> newest(int howMany) {
            if (failing) {
                throw new IllegalStateException("the database is locked");
            }
            asked.add(howMany);
            return List.copyOf(messages);
        }
    }
}
