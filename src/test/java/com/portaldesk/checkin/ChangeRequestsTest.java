package com.portaldesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.checkin.ChangeRequests.Outcome;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.testutil.ClientSignIn;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.verify.ClientSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class ChangeRequestsTest {
    private static final String NOTE = "New mobile is 917 555 0143, SSN 371-82-6879";

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-02T15:00:00Z");
    private AppContext context;
    private ContactRecord alice;
    private ClientSession session;

    @BeforeEach
    void signIn() {
        context = TestDatabase.open(dataDir, clock);
        alice = context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        session = ClientSignIn.signIn(context, "alice@example.com", "6879", "lobby");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ChangeRequests requests() {
        return context.changeRequests();
    }

    @Test
    void aRequest_isKeptForStaff_andChangesNothingOnTheContact() {
        ContactRecord before = context.contacts().get(alice.id());
        Outcome outcome = requests().request(session.token(), EnumSet.of(ChangeTopic.MOBILE), NOTE, "lobby");

        assertThat(outcome).isEqualTo(Outcome.SENT);
        assertThat(requests().forContact(alice.id())).singleElement().satisfies(r -> {
            assertThat(r.topics()).containsExactly(ChangeTopic.MOBILE);
            assertThat(r.note()).isEqualTo(NOTE);
            assertThat(r.terminalId()).isEqualTo("lobby");
            assertThat(r.requestedAt()).isEqualTo(clock.instant());
            assertThat(r.isOpen()).isTrue();
        });
        assertThat(context.contacts().get(alice.id())).isEqualTo(before);
    }

    @Test
    void theAuditLogNamesTheTopics_butNeverHoldsTheNote() {
        requests().request(session.token(), EnumSet.of(ChangeTopic.EMAIL, ChangeTopic.NAME), NOTE, "lobby");

        AuditEntry entry = context.audit()
                .list(new AuditQuery(null, null, AuditEventType.CHANGE_REQUESTED, null, null, 5))
                .get(0);
        assertThat(entry.contactId()).isEqualTo(alice.id());
        assertThat(entry.detail()).isEqualTo("name, email");
        assertThat(context.audit().list(new AuditQuery(null, null, null, null, null, 100)))
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("6879").doesNotContain("0143"));
    }

    @Test
    void theNote_isEncryptedAtRest() throws Exception {
        requests().request(session.token(), EnumSet.of(ChangeTopic.OTHER), "Please call me about Nebraska", "lobby");

        try (Connection db = RawSql.connect(dataDir);
                ResultSet row = db.createStatement().executeQuery("select note_cipher from change_request")) {
            assertThat(row.next()).isTrue();
            assertThat(new String(row.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("Nebraska");
        }
        assertThat(requests().forContact(alice.id()).get(0).note()).isEqualTo("Please call me about Nebraska");
    }

    @Test
    void badRequests_areRefused_andStoreNothing() {
        assertThat(requests().request(session.token(), Set.of(), "", "lobby")).isEqualTo(Outcome.NOTHING_CHOSEN);
        assertThat(requests().request(session.token(), EnumSet.of(ChangeTopic.OTHER), "x".repeat(301), "lobby"))
                .isEqualTo(Outcome.NOTE_NOT_ACCEPTED);
        assertThat(requests().request(session.token(), EnumSet.of(ChangeTopic.OTHER), "call me\u202Eevil", "lobby"))
                .isEqualTo(Outcome.NOTE_NOT_ACCEPTED);
        assertThat(requests().request("not-a-session", EnumSet.of(ChangeTopic.OTHER), "", "lobby"))
                .isEqualTo(Outcome.SESSION_ENDED);
        assertThat(requests().forContact(alice.id())).isEmpty();
    }

    @Test
    void afterSignOutOrIdleTimeout_noRequestCanBeMade() {
        clock.advance(Duration.ofMinutes(30));
        assertThat(requests().request(session.token(), EnumSet.of(ChangeTopic.NAME), "", "lobby"))
                .isEqualTo(Outcome.SESSION_ENDED);
        assertThat(requests().open()).isEmpty();
    }

    @Test
    void staffMarkItHandled_once_andThatIsAudited() {
        requests().request(session.token(), EnumSet.of(ChangeTopic.MOBILE), "", "lobby");
        ChangeRequestRecord open = requests().open().get(0);
        clock.advance(Duration.ofMinutes(5));

        assertThat(requests().markHandled(open.id(), "frontdesk", "desk-1")).isTrue();
        assertThat(requests().markHandled(open.id(), "someone-else", "desk-2")).isFalse();

        assertThat(requests().open()).isEmpty();
        ChangeRequestRecord handled = requests().forContact(alice.id()).get(0);
        assertThat(handled.handledBy()).contains("frontdesk");
        assertThat(handled.handledAt()).contains(clock.instant());
        List<AuditEntry> events =
                context.audit().list(new AuditQuery(null, null, AuditEventType.CHANGE_REQUEST_HANDLED, null, null, 5));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(AuditReason.OK);
            assertThat(e.detail()).isEqualTo("by frontdesk");
            assertThat(e.terminalId()).isEqualTo("desk-1");
        });
    }
}
