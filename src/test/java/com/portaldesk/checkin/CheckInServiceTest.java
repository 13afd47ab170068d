package com.portaldesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(context.checkIns().checkIn(alice.token(), "lobby")).isTrue();
        clock.advance(Duration.ofMinutes(3));
        ClientSession carol = ClientSignIn.signIn(context, "carol.kurz@example.org", TypicalContacts.CAROL_LAST4, "lobby-2");
        assertThat(context.checkIns().checkIn(carol.token(), "lobby-2")).isTrue();

        assertThat(context.checkIns().today(ZoneOffset.UTC)).extracting(CheckInRecord::contactName, CheckInRecord::terminalId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Carol Kurz", "lobby-2"),
                        org.assertj.core.groups.Tuple.tuple("Alice Pauline", "lobby"));
    }

    @Test
    void anEndedSession_cannotCheckIn() {
        ClientSession alice = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
        context.verification().sessions().end(alice.token(), AuditReason.SIGNED_OUT);

        assertThat(context.checkIns().checkIn(alice.token(), "lobby")).isFalse();
        assertThat(context.checkIns().today(ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void yesterdaysCheckIns_areNotToday() {
        ClientSession alice = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
        context.checkIns().checkIn(alice.token(), "lobby");
        clock.advance(Duration.ofDays(1));

        assertThat(context.checkIns().today(ZoneOffset.UTC)).isEmpty();
    }
}
