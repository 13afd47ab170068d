package com.portaldesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.Channel;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone who can write to the database but has no key file tries to shorten the audit log quietly: remove the
 * newest events and move the head back, empty the log, or put back a head copied earlier. The sealed head catches
 * the first two; a checkpoint kept outside the database catches the third.
 */
class AuditTruncationTest {
    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-05-04T09:30:00Z");
    private AppContext context;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir, clock);
        context.contacts().add(new ContactBuilder().withName("Ann", "Lee").withEmail("ann@example.com")
                .withSsn("219-09-7351").build(), TestActor.STAFF);
        events(20);
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private void events(int starts) {
        for (int i = 0; i < starts; i++) {
            context.verification().engine().start("someone" + i + "@example.com", "1234", Channel.EMAIL, "lobby");
            clock.advance(Duration.ofMinutes(2));
        }
    }

    private long lastSeq() {
        return context.audit().list(AuditQuery.latest(1)).get(0).seq();
    }

    /** Closes the program, runs the statements as plain SQL, opens it again. */
    private void tamper(String... statements) throws Exception {
        context.close();
        context = null;
        RawSql.execute(dataDir, statements);
        context = TestDatabase.open(dataDir, clock);
    }

    @Test
    void newestEventsRemoved_andHeadMovedBack_isCaughtByTheSeal() throws Exception {
        long keep = lastSeq() - 5;
        assertThat(context.audit().verifyChain().intact()).isTrue();
        tamper("DELETE FROM audit_event WHERE seq > " + keep,
                "UPDATE audit_head SET last_seq = " + keep + ", last_hash = (SELECT hash FROM audit_event WHERE seq = "
                        + keep + ") WHERE id = 1");
        ChainVerification result = context.audit().verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(keep + 1);
        assertThat(result.problem()).contains("does not carry PortalDesk's seal");
    }

    @Test
    void everyEventRemoved_andHeadReset_isCaughtByTheSeal() throws Exception {
        tamper("DELETE FROM audit_event", "UPDATE audit_head SET last_seq = 0, last_hash = NULL WHERE id = 1");
        ChainVerification result = context.audit().verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("seal");
    }

    @Test
    void sealRemoved_isNotRestoredByTheNextStart() throws Exception {
        tamper("UPDATE audit_head SET seal = NULL WHERE id = 1");
        assertThat(context.audit().verifyChain().intact()).isFalse();
        context.close();
        context = TestDatabase.open(dataDir, clock);
        assertThat(context.audit().verifyChain().intact()).as("only the upgrade itself seals an unsealed head").isFalse();
    }

    @Test
    void oldHeadPutBack_passesTheSeal_butNotTheCheckpoint() throws Exception {
        List<Object> oldHead = RawSqlWhileOpen.head(this);
        long oldSeq = (Long) oldHead.get(0);
        events(10);
        Checkpoint checkpoint = context.audit().checkpoint();
        assertThat(checkpoint.seq()).isGreaterThan(oldSeq);
        assertThat(context.audit().verifyChain((d, t) -> { }, checkpoint).intact()).isTrue();

        tamper("DELETE FROM audit_event WHERE seq > " + oldSeq, "UPDATE audit_head SET last_seq = " + oldSeq
                + ", last_hash = X'" + HexFormat.of().formatHex((byte[]) oldHead.get(1)) + "', seal = X'"
                + HexFormat.of().formatHex((byte[]) oldHead.get(2)) + "' WHERE id = 1");
        assertThat(context.audit().verifyChain().intact()).as("a replayed head is genuinely sealed").isTrue();
        ChainVerification result = context.audit().verifyChain((d, t) -> { }, checkpoint);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(oldSeq + 1);
        assertThat(result.problem()).contains("proves it had reached event " + checkpoint.seq())
                .contains(checkpoint.code());
        assertThat(result.checkpoint()).as("the newest checkpoint the log still reaches: none").isEmpty();
    }

    @Test
    void rewrittenLog_doesNotMatchTheCheckpointsHash() throws Exception {
        Checkpoint checkpoint = context.audit().checkpoint();
        Checkpoint otherHash = new Checkpoint(checkpoint.seq(), checkpoint.time(), "0123456789abcdef", checkpoint.mac());
        assertThat(context.audit().authentic(otherHash)).isFalse();
        ChainVerification result = context.audit().verifyChain((d, t) -> { }, otherHash);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("was made with this firm's key file").startsWith("None of the checkpoints");
        assertThat(result.breakage()).isEqualTo(ChainVerification.Breakage.FOREIGN_CHECKPOINTS);
    }

    @Test
    void checkpointCode_roundTripsThroughText() {
        Checkpoint checkpoint = context.audit().checkpoint();
        assertThat(checkpoint.code()).matches("PD1-\\d+-\\d{8}T\\d{4}Z-[0-9a-f]{16}-[0-9a-f]{16}");
        assertThat(Checkpoint.find("kept on paper: " + checkpoint.code().toUpperCase() + " (front desk)"))
                .contains(checkpoint);
        assertThat(context.audit().authentic(checkpoint)).isTrue();
        assertThat(Checkpoint.find("PD1-12-nonsense")).isEmpty();
    }

    @Test
    void everyProcess_leavesACheckpointInItsLogsFolder() {
        long seq = lastSeq();
        context.close();
        context = TestDatabase.open(dataDir, clock);
        assertThat(context.checkpoints().newest(context.audit())).hasValueSatisfying(cp ->
                assertThat(cp.seq()).isEqualTo(seq));
    }

    /** Reads the head row while the program is closed, then opens it again. */
    private static final class RawSqlWhileOpen {
        static List<Object> head(AuditTruncationTest test) throws Exception {
            test.context.close();
            List<Object> row = List.of(
                    RawSql.column(test.dataDir, "SELECT last_seq FROM audit_head").get(0),
                    RawSql.column(test.dataDir, "SELECT last_hash FROM audit_head").get(0),
                    RawSql.column(test.dataDir, "SELECT seal FROM audit_head").get(0));
            test.context = TestDatabase.open(test.dataDir, test.clock);
            return row;
        }
    }
}
