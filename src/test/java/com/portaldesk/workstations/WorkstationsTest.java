package com.portaldesk.workstations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.portaldesk.app.AppContext;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class WorkstationsTest {
    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-12-02T14:00:00Z");
    private AppContext context;
    private Workstations workstations;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir, clock);
        workstations = context.workstations();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static WorkstationIdentity frontDesk(String version) {
        return new WorkstationIdentity(WorkstationKind.STAFF_APP, "front-desk", "FD-PC", "maria", version);
    }

    private static WorkstationIdentity lobby() {
        return new WorkstationIdentity(WorkstationKind.KIOSK, "lobby", "LOBBY-PC", "kiosk", "1.1.0");
    }

    @Test
    void started_listsEachProgramAsRunning_kiosksAsKiosks() {
        workstations.started(frontDesk("1.1.0"));
        workstations.started(lobby());

        assertThat(workstations.list(false))
                .extracting(
                        WorkstationRecord::terminalId,
                        WorkstationRecord::kind,
                        WorkstationRecord::status,
                        WorkstationRecord::hostName,
                        WorkstationRecord::osUser,
                        WorkstationRecord::version)
                .containsExactly(
                        tuple(
                                "front-desk",
                                WorkstationKind.STAFF_APP,
                                WorkstationStatus.RUNNING,
                                "FD-PC",
                                "maria",
                                "1.1.0"),
                        tuple("lobby", WorkstationKind.KIOSK, WorkstationStatus.RUNNING, "LOBBY-PC", "kiosk", "1.1.0"));
    }

    @Test
    void started_again_afterAnUpgrade_keepsOneLineWithTheNewVersion() {
        UUID first = workstations.started(frontDesk("1.0.0"));
        workstations.stopped(first);
        clock.advance(Duration.ofDays(1));

        UUID second = workstations.started(frontDesk("1.1.0"));

        assertThat(second).isEqualTo(first);
        assertThat(workstations.list(true)).singleElement().satisfies(row -> {
            assertThat(row.version()).isEqualTo("1.1.0");
            assertThat(row.status()).isEqualTo(WorkstationStatus.RUNNING);
            assertThat(row.startedAt()).isEqualTo(Instant.parse("2026-12-03T14:00:00Z"));
            assertThat(row.stoppedAt()).isEmpty();
        });
    }

    @Test
    void theSameTerminalIdOnAnotherAccount_isAnotherLine() {
        workstations.started(frontDesk("1.1.0"));
        workstations.started(new WorkstationIdentity(WorkstationKind.STAFF_APP, "front-desk", "FD-PC", "joe", "1.1.0"));

        assertThat(workstations.list(false))
                .extracting(WorkstationRecord::osUser)
                .containsExactlyInAnyOrder("maria", "joe");
    }

    @Test
    void aProgramThatStopsReportingWithoutClosing_isNotResponding_untilItReportsAgain() {
        UUID id = workstations.started(lobby());
        clock.advance(Workstations.SILENCE_LIMIT);
        assertThat(workstations.list(false))
                .extracting(WorkstationRecord::status)
                .containsExactly(WorkstationStatus.RUNNING);

        clock.advance(Duration.ofSeconds(1));
        assertThat(workstations.list(false))
                .extracting(WorkstationRecord::status)
                .containsExactly(WorkstationStatus.NOT_RESPONDING);

        assertThat(workstations.seen(id)).isTrue();
        assertThat(workstations.list(false))
                .extracting(WorkstationRecord::status)
                .containsExactly(WorkstationStatus.RUNNING);
    }

    @Test
    void aClosedProgram_isListedOnlyWhenAskedFor_andRunningOnesComeFirst() {
        UUID desk = workstations.started(frontDesk("1.1.0"));
        workstations.started(lobby());
        clock.advance(Duration.ofMinutes(1));
        workstations.stopped(desk);

        assertThat(workstations.list(false))
                .extracting(WorkstationRecord::terminalId)
                .containsExactly("lobby");
        assertThat(workstations.list(true))
                .extracting(WorkstationRecord::terminalId, WorkstationRecord::status)
                .containsExactly(
                        tuple("lobby", WorkstationStatus.RUNNING), tuple("front-desk", WorkstationStatus.CLOSED));
        assertThat(workstations.list(true).get(1).stoppedAt()).contains(Instant.parse("2026-12-02T14:01:00Z"));
    }

    @Test
    void seen_forALineThatWasRemoved_saysSo_soThePresenceAnnouncesAgain() throws Exception {
        UUID id = workstations.started(lobby());
        context.close();
        RawSql.execute(dataDir, "delete from workstation");
        open();

        assertThat(workstations.seen(id)).isFalse();
    }

    @Test
    void presence_announcesAtOnce_andRecordsTheCloseBeforeTheDatabaseCloses() {
        WorkstationPresence presence = WorkstationPresence.announce(workstations, lobby(), Duration.ofHours(1));
        assertThat(workstations.list(false))
                .extracting(WorkstationRecord::terminalId)
                .containsExactly("lobby");

        presence.close();

        assertThat(workstations.list(false)).isEmpty();
        assertThat(workstations.list(true))
                .extracting(WorkstationRecord::status)
                .containsExactly(WorkstationStatus.CLOSED);
    }

    @Test
    void identity_keepsNamesFromTheSystemPrintableAndWithinTheColumns() {
        WorkstationIdentity odd =
                new WorkstationIdentity(WorkstationKind.STAFF_APP, "desk", "PC\u0007\n", "x".repeat(300), " ");

        assertThat(odd.hostName()).isEqualTo("PC");
        assertThat(odd.osUser()).hasSize(255);
        assertThat(odd.version()).isEqualTo("unknown version");
        assertThat(new WorkstationIdentity(WorkstationKind.KIOSK, "k", null, "😀".repeat(200), "1").osUser())
                .hasSize(254)
                .isEqualTo("😀".repeat(127));
        assertThatThrownBy(() -> new WorkstationIdentity(WorkstationKind.KIOSK, "front desk", "PC", "a", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("terminal id");
    }

    @Test
    void theLongestNames_fitTheDatabaseColumns() {
        workstations.started(new WorkstationIdentity(
                WorkstationKind.KIOSK, "k".repeat(64), "h".repeat(400), "u".repeat(400), "v".repeat(100)));

        assertThat(workstations.list(false)).singleElement().satisfies(row -> {
            assertThat(row.hostName()).hasSize(255);
            assertThat(row.version()).hasSize(64);
        });
    }
}
