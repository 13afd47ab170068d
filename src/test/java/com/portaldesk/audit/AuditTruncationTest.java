package com.portaldesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.Channel;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone who can write to the database but has no key file tries to shorten the audit log quietly: remove the
 * newest events and move the head back, empty the log, or put back a head copied earlier. The sealed head catches
 * the first two; a checkpoint kept outside the database catches the third.
 */
@Tag("db")
class AuditTruncationTest {
    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-05-04T09:30:00Z");
    private AppContext context;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir, clock);
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Ann", "Lee")
                                .withEmail("ann@example.com")
                                .withSsn("219-09-7351")
                                .build(),
                        TestActor.STAFF);
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
        tamper(
                "DELETE FROM audit_event WHERE seq > " + keep,
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
        assertThat(context.audit().verifyChain().intact())
                .as("only the upgrade itself seals an unsealed head")
                .isFalse();
    }

    @Test
    void oldHeadPutBack_passesTheSeal_butNotTheCheckpoint() throws Exception {
        List<Object> oldHead = RawSqlWhileOpen.head(this);
        long oldSeq = (Long) oldHead.get(0);
        events(10);
        Checkpoint checkpoint = context.audit().checkpoint();
        assertThat(checkpoint.seq()).isGreaterThan(oldSeq);
        assertThat(context.audit().verifyChain((d, t) -> {}, checkpoint).intact())
                .isTrue();

        tamper(
                "DELETE FROM audit_event WHERE seq > " + oldSeq,
                "UPDATE audit_head SET last_seq = " + oldSeq
                        + ", last_hash = X'" + HexFormat.of().formatHex((byte[]) oldHead.get(1)) + "', seal = X'"
                        + HexFormat.of().formatHex((byte[]) oldHead.get(2)) + "' WHERE id = 1");
        assertThat(context.audit().verifyChain().intact())
                .as("a replayed head is genuinely sealed")
                .isTrue();
        ChainVerification result = context.audit().verifyChain((d, t) -> {}, checkpoint);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(oldSeq + 1);
        assertThat(result.problem())
                .contains("proves it had reached event " + checkpoint.seq())
                .contains(checkpoint.code());
        assertThat(result.checkpoint())
                .as("the newest checkpoint the log still reaches: none")
                .isEmpty();
    }

    @Test
    void rewrittenLog_doesNotMatchTheCheckpointsHash() throws Exception {
        Checkpoint checkpoint = context.audit().checkpoint();
        Checkpoint otherHash =
                new Checkpoint(checkpoint.seq(), checkpoint.time(), "0123456789abcdef", checkpoint.mac());
        assertThat(context.audit().authentic(otherHash)).isFalse();
        ChainVerification result = context.audit().verifyChain((d, t) -> {}, otherHash);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem())
                .contains("was made with this firm's key file")
                .startsWith("None of the checkpoints");
        assertThat(result.breakage()).isEqualTo(ChainVerification.Breakage.FOREIGN_CHECKPOINTS);
    }

    @Test
    void checkpointCode_roundTripsThroughText() {
        Checkpoint checkpoint = context.audit().checkpoint();
        assertThat(checkpoint.code()).matches("PD1-\\d+-\\d{8}T\\d{4}Z-[0-9a-f]{16}-[0-9a-f]{16}");
        assertThat(Checkpoint.find("kept on paper: " + checkpoint.code().toUpperCase(Locale.ROOT) + " (front desk)"))
                .contains(checkpoint);
        assertThat(context.audit().authentic(checkpoint)).isTrue();
        assertThat(Checkpoint.find("PD1-12-nonsense")).isEmpty();
        String code = checkpoint.code();
        String quotedPrintable = "Today's checkpoint: " + code.substring(0, 30) + "=\r\n" + code.substring(30) + "\r\n";
        assertThat(Checkpoint.findAll(quotedPrintable))
                .as("a mail wrapped with a soft line break")
                .containsExactly(checkpoint);
    }

    @Test
    void everyProcess_leavesACheckpointInItsLogsFolder() {
        long seq = lastSeq();
        context.close();
        context = TestDatabase.open(dataDir, clock);
        assertThat(context.checkpoints().newest(context.audit()))
                .hasValueSatisfying(cp -> assertThat(cp.seq()).isEqualTo(seq));
    }

    @Test
    void afterTheCut_theNextEventIsRefused_andTheLogStaysBroken() throws Exception {
        long keep = lastSeq() - 5;
        tamper(
                "DELETE FROM audit_event WHERE seq > " + keep,
                "UPDATE audit_head SET last_seq = " + keep + ", last_hash = (SELECT hash FROM audit_event WHERE seq = "
                        + keep + ") WHERE id = 1");
        assertThatThrownBy(
                        () -> context.verification().engine().start("ann@example.com", "7351", Channel.EMAIL, "lobby"))
                .isInstanceOf(AuditIntegrityException.class)
                .hasMessageContaining("does not carry PortalDesk's seal")
                .hasMessageContaining("audit resume");
        assertThatThrownBy(() -> context.contacts()
                        .add(
                                new ContactBuilder()
                                        .withName("Bo", "Ray")
                                        .withEmail("bo@example.com")
                                        .build(),
                                TestActor.STAFF))
                .isInstanceOf(AuditIntegrityException.class);
        assertThat(lastSeq()).as("nothing was appended").isEqualTo(keep);
        assertThat(context.audit().alarm())
                .hasValueSatisfying(alarm -> assertThat(alarm).contains("seal"));
        context.close();
        context = TestDatabase.open(dataDir, clock);
        ChainVerification result = context.audit().verifyChain();
        assertThat(result.intact())
                .as("a restart does not paper over it either")
                .isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(keep + 1);
    }

    @Test
    void aMissingHead_isABrokenChain_inItsOwnWords_andRefusesEveryWrite() throws Exception {
        long last = lastSeq();
        tamper("DELETE FROM audit_head");
        ChainVerification result = context.audit().verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("head row of the audit log is missing");
        assertThat(result.firstBrokenSeq()).isEqualTo(last + 1);
        assertThat(result.breakage()).isEqualTo(ChainVerification.Breakage.AT_END);
        assertThatThrownBy(
                        () -> context.verification().engine().start("ann@example.com", "7351", Channel.EMAIL, "lobby"))
                .isInstanceOf(AuditIntegrityException.class)
                .hasMessageContaining("head row");
        assertThatThrownBy(() -> context.audit().checkpoint()).isInstanceOf(AuditIntegrityException.class);
        assertThat(context.audit().alarm()).isPresent();
        assertThat(context.audit().contradictedBy(context.checkpoints().all()))
                .as("the events the checkpoints name are all there: no second, confusing alarm")
                .isEmpty();

        context.audit().resume(TestActor.STAFF, "Head row found deleted; reported.", List.of());
        assertThat(context.audit().alarm()).isEmpty();
        assertThat(lastSeq()).as("the resumption follows the last event stored").isEqualTo(last + 1);
        events(1);
        assertThat(context.audit().verifyChain().intact()).isTrue();
    }

    @Test
    void anActorMovedIntoTheDetail_breaksTheChain() throws Exception {
        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Bo", "Ray")
                                .withEmail("bo@example.com")
                                .build(),
                        TestActor.STAFF);
        long seq = lastSeq();
        assertThat(context.audit().list(AuditQuery.latest(1)).get(0).actor())
                .as("the event has an actor")
                .isNotEmpty();
        tamper("UPDATE audit_event SET detail = detail || CHAR(31) || actor, actor = NULL WHERE seq = " + seq);
        ChainVerification result = context.audit().verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo("Event " + seq + " was changed after it was written.");
    }

    @Test
    void resume_recordsWhatWasFound_andTheLogGoesOn_withTheCutStillSaid() throws Exception {
        Checkpoint beforeTheCut = context.audit().checkpoint();
        long keep = lastSeq() - 5;
        tamper(
                "DELETE FROM audit_event WHERE seq > " + keep,
                "UPDATE audit_head SET last_seq = " + keep + ", last_hash = (SELECT hash FROM audit_event WHERE seq = "
                        + keep + ") WHERE id = 1");
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> context.audit().resume(TestActor.STAFF, " ", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        ChainVerification found = context.audit()
                .resume(
                        TestActor.STAFF,
                        "Head found moved back on Monday; " + "reported to the partner.",
                        List.of(beforeTheCut));
        assertThat(found.problem()).contains("seal");
        assertThat(context.audit().alarm()).isEmpty();

        events(2);
        AuditEntry resumed = context.audit()
                .list(new AuditQuery(null, null, AuditEventType.AUDIT_LOG_RESUMED, null, null, 5))
                .get(0);
        assertThat(resumed.seq()).isEqualTo(keep + 1);
        assertThat(resumed.actor()).isEqualTo(TestActor.STAFF.name());
        assertThat(resumed.detail())
                .contains("does not carry PortalDesk's seal")
                .contains("reported to the partner");

        ChainVerification now = context.audit().verifyChain((d, t) -> {}, List.of(beforeTheCut));
        assertThat(now.intact()).as(now.problem()).isTrue();
        assertThat(now.notes())
                .singleElement()
                .asString()
                .contains(beforeTheCut.code())
                .contains("superseded by the resumption of the log at event " + (keep + 1));
        assertThatThrownBy(() -> context.audit().resume(TestActor.STAFF, "again", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to resume");
    }

    @Test
    void resume_isRefused_whenEventsWereChangedInside() throws Exception {
        tamper("UPDATE audit_event SET detail = 'rewritten' WHERE seq = 3", "UPDATE audit_head SET seal = NULL");
        assertThatThrownBy(() -> context.audit().resume(TestActor.STAFF, "trying", List.of()))
                .isInstanceOf(AuditIntegrityException.class)
                .hasMessageContaining("restore the newest backup");
        assertThat(context.audit().alarm()).as("still raised").isPresent();
    }

    @Test
    void aDatabaseRolledBackToAnOlderCopy_isCaughtByTheCheckpointsKept_evenAfterNewEventsPassTheOldEnd()
            throws Exception {
        context.close();
        Path copy = dataDir.resolveSibling(dataDir.getFileName() + "-copy.mv.db");
        Files.copy(dataDir.resolve("portaldesk.mv.db"), copy);
        context = TestDatabase.open(dataDir, clock);
        events(3);
        long reached = lastSeq();
        context.close(); // writes a checkpoint at the furthest event
        Files.copy(copy, dataDir.resolve("portaldesk.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        context = TestDatabase.open(dataDir, clock);
        assertThat(context.audit().verifyChain().intact())
                .as("the old copy's own head is genuinely sealed")
                .isTrue();
        assertThat(context.audit().contradictedBy(context.checkpoints().all()))
                .as("seen at once, without a walk")
                .hasValueSatisfying(problem -> assertThat(problem).contains("proves it had reached event " + reached));
        assertThatThrownBy(() -> events(1))
                .as("as the alarm says, nothing more is recorded here")
                .isInstanceOf(AuditIntegrityException.class)
                .hasMessageContaining("proves it had reached event");

        // Another workstation, which never kept a checkpoint past the old end, goes on signing clients in.
        context.close();
        Path kept = context.checkpoints().file();
        Path aside = Files.move(kept, kept.resolveSibling("kept-elsewhere.log"));
        context = TestDatabase.open(dataDir, clock);
        events(8);
        context.close();
        Files.write(kept, Files.readAllBytes(aside), StandardOpenOption.APPEND);
        context = TestDatabase.open(dataDir, clock); // this workstation's checkpoints now name events past `reached`
        ChainVerification result = context.audit().verifyChain((d, t) -> {}, context.checkpoints(), List.of());
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("is not the event the checkpoint of");
        assertThat(result.firstBrokenSeq()).isLessThanOrEqualTo(reached);
        Files.delete(copy);
    }

    @Test
    void twoCheckpointsForOneEvent_withDifferentHashes_proveARewrite() throws Exception {
        context.close();
        Path copy = dataDir.resolveSibling(dataDir.getFileName() + "-copy.mv.db");
        Files.copy(dataDir.resolve("portaldesk.mv.db"), copy);
        context = TestDatabase.open(dataDir, clock);
        events(2);
        Checkpoint first = context.audit().checkpoint();
        context.close();
        Files.copy(copy, dataDir.resolve("portaldesk.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(context.checkpoints().file()); // another workstation, which never saw `first`
        context = TestDatabase.open(dataDir, clock);
        clock.advance(Duration.ofMinutes(1));
        while (lastSeq() < first.seq()) {
            context.audit().record(AuditRecord.of(AuditEventType.KIOSK_STARTED, AuditReason.OK, "lobby"));
        }
        Checkpoint second = context.audit().checkpoint();
        assertThat(second.seq()).isEqualTo(first.seq());
        assertThat(second.hashPrefix()).isNotEqualTo(first.hashPrefix());

        ChainVerification result = context.audit().verifyChain((d, t) -> {}, List.of(second, first));
        assertThat(result.intact()).isFalse();
        assertThat(result.problem())
                .contains("Two checkpoints kept for event " + first.seq())
                .contains("proof that the log was rewritten");
        Files.delete(copy);
    }

    @Test
    void theNewestEventsRemoved_withTheHeadLeftAsItWas_refuseTheNextEvent_andCanBeResumed() throws Exception {
        long last = lastSeq();
        tamper("DELETE FROM audit_event WHERE seq > " + (last - 3));
        assertThatThrownBy(() -> context.contacts()
                        .add(
                                new ContactBuilder()
                                        .withName("Bo", "Ray")
                                        .withEmail("bo@example.com")
                                        .build(),
                                TestActor.STAFF))
                .isInstanceOf(AuditIntegrityException.class)
                .hasMessageContaining("Event " + last + ", which the sealed head of the audit log names as the newest, "
                        + "is missing");
        ChainVerification result = context.audit().verifyChain();
        assertThat(result.breakage()).isEqualTo(ChainVerification.Breakage.AT_END);
        assertThat(result.problem()).contains("The newest events from " + (last - 2) + " on were removed");
        context.audit()
                .resume(
                        TestActor.STAFF,
                        "Three events found removed.",
                        context.checkpoints().all());
        events(1);
        assertThat(context.audit()
                        .verifyChain((d, t) -> {}, context.checkpoints(), List.of())
                        .intact())
                .isTrue();
    }

    @Test
    void aCutMadeAfterAResumption_inTheSameMinute_isStillCaught() throws Exception {
        tamper("UPDATE audit_head SET seal = NULL WHERE id = 1");
        context.audit()
                .resume(
                        TestActor.STAFF,
                        "Seal found removed.",
                        context.checkpoints().all());
        long resumed = lastSeq();
        List<Object> sealedHead = RawSqlWhileOpen.head(this);
        events(1); // the same minute on the clock: checkpoint times are whole minutes
        Checkpoint after = context.audit().checkpoint();
        assertThat(after.seq()).isGreaterThan(resumed);
        tamper(
                "DELETE FROM audit_event WHERE seq > " + resumed,
                "UPDATE audit_head SET last_seq = " + resumed
                        + ", last_hash = X'" + HexFormat.of().formatHex((byte[]) sealedHead.get(1)) + "', seal = X'"
                        + HexFormat.of().formatHex((byte[]) sealedHead.get(2)) + "' WHERE id = 1");
        ChainVerification result = context.audit().verifyChain((d, t) -> {}, List.of(after));
        assertThat(result.intact())
                .as("not superseded by the resumption it came after")
                .isFalse();
        assertThat(result.problem()).contains(after.code());
    }

    @Test
    void aDataFolderReachedThroughALink_keepsItsCheckpoints() throws Exception {
        Checkpoint kept = context.audit().checkpoint();
        context.checkpoints().append(kept);
        context.close();
        Path link = Files.createSymbolicLink(dataDir.resolveSibling(dataDir.getFileName() + "-link"), dataDir);
        try {
            context = TestDatabase.open(link, clock);
            assertThat(context.checkpoints().all()).contains(kept);
            assertThat(context.checkpoints().aboutOtherDatabases()).isZero();
        } finally {
            context.close();
            context = null;
            Files.delete(link);
        }
    }

    /** Reads the head row while the program is closed, then opens it again. */
    private static final class RawSqlWhileOpen {
        static List<Object> head(AuditTruncationTest test) throws Exception {
            test.context.close();
            List<Object> row = List.of(
                    RawSql.column(test.dataDir, "SELECT last_seq FROM audit_head")
                            .get(0),
                    RawSql.column(test.dataDir, "SELECT last_hash FROM audit_head")
                            .get(0),
                    RawSql.column(test.dataDir, "SELECT seal FROM audit_head").get(0));
            test.context = TestDatabase.open(test.dataDir, test.clock);
            return row;
        }
    }
}
