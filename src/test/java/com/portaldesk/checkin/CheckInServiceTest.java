package com.portaldesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.verify.ClientSession;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class CheckInServiceTest {
    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-02T15:00:00Z");
    private AppContext context;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir, clock);
        context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        context.contacts().add(TypicalContacts.CAROL, TestActor.STAFF);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void today_listsEachClientByName_newestFirst() {
        ClientSession alice = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
        assertThat(context.checkIns().checkIn(alice.token(), "lobby", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        clock.advance(Duration.ofMinutes(3));
        ClientSession carol =
                ClientSignIn.signIn(context, "carol.kurz@example.org", TypicalContacts.CAROL_LAST4, "lobby-2");
        assertThat(context.checkIns().checkIn(carol.token(), "lobby-2", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.CHECKED_IN);

        assertThat(context.checkIns().today(ZoneOffset.UTC))
                .extracting(CheckInRecord::contactName, CheckInRecord::terminalId)
                .containsExactly(Tuple.tuple("Carol Kurz", "lobby-2"), Tuple.tuple("Alice Pauline", "lobby"));
    }

    @Test
    void anEndedSession_cannotCheckIn() {
        ClientSession alice = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
        context.verification().sessions().end(alice.token(), AuditReason.SIGNED_OUT);

        assertThat(context.checkIns().checkIn(alice.token(), "lobby", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.SESSION_ENDED);
        assertThat(context.checkIns().today(ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void yesterdaysCheckIns_areNotToday() {
        ClientSession alice = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
        context.checkIns().checkIn(alice.token(), "lobby", ZoneOffset.UTC);
        clock.advance(Duration.ofDays(1));

        assertThat(context.checkIns().today(ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void onceADay_aSecondTapAnywhereRecordsNothingNew_andTheNextDayCounts() {
        ClientSession first = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
        assertThat(context.checkIns().checkIn(first.token(), "lobby", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(context.checkIns().checkIn(first.token(), "lobby", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        clock.advance(Duration.ofMinutes(20));
        ClientSession again = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby-2");
        assertThat(context.checkIns().checkIn(again.token(), "lobby-2", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(context.checkIns().today(ZoneOffset.UTC)).hasSize(1);
        assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.CLIENT_CHECKED_IN, null, null, 10)))
                .hasSize(1);

        clock.advance(Duration.ofDays(1));
        ClientSession tomorrow = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
        assertThat(context.checkIns().checkIn(tomorrow.token(), "lobby", ZoneOffset.UTC))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
    }

    @Test
    void markSeen_stopsTheWait_once() {
        ClientSession alice = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
        context.checkIns().checkIn(alice.token(), "lobby", ZoneOffset.UTC);
        CheckInRecord waiting = context.checkIns().today(ZoneOffset.UTC).get(0);
        assertThat(waiting.waiting()).isTrue();

        assertThat(context.checkIns().markSeen(waiting.id(), TestActor.STAFF)).isTrue();
        assertThat(context.checkIns().markSeen(waiting.id(), TestActor.STAFF))
                .as("already seen")
                .isFalse();
        CheckInRecord seen = context.checkIns().today(ZoneOffset.UTC).get(0);
        assertThat(seen.waiting()).isFalse();
        assertThat(seen.seenBy()).isEqualTo(TestActor.STAFF.name());
    }
}
