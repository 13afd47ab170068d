package com.portaldesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.contacts.Channel;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkpoint printed on a report, typed back from the paper, catches an audit log cut back to an older head
 * that still carries a genuine seal (someone with the key who kept an old copy): the chain alone cannot.
 */
@Tag("db")
class ReportCheckpointTest {
    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-02T09:00:00Z");

    private void signInsStarted(AppContext context, int count) {
        for (int i = 0; i < count; i++) {
            context.verification().engine().start("someone" + i + "@example.com", "1234", Channel.EMAIL, "lobby");
            clock.advance(Duration.ofMinutes(5));
        }
    }

    @Test
    void aLogCutBackAfterTheReport_isCaughtByTheCheckpointPrintedOnIt() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext context = TestDatabase.open(data, clock)) {
            signInsStarted(context, 5);
        }
        List<Object> oldHead = List.of(
                RawSql.column(data, "SELECT last_seq FROM audit_head").get(0),
                RawSql.column(data, "SELECT last_hash FROM audit_head").get(0),
                RawSql.column(data, "SELECT seal FROM audit_head").get(0));
        long oldSeq = (Long) oldHead.get(0);
        String printed;
        try (AppContext context = TestDatabase.open(data, clock)) {
            signInsStarted(context, 5);
            SafeguardsReports.Report report = context.safeguardsReports()
                    .create(
                            new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), ZoneOffset.UTC),
                            TestActor.STAFF);
            printed = SafeguardsReportTest.textOf(report.pdf());
        }
        Checkpoint fromPaper = Checkpoint.find(printed).orElseThrow();
        assertThat(fromPaper.seq()).isGreaterThan(oldSeq);

        RawSql.execute(
                data,
                "DELETE FROM audit_event WHERE seq > " + oldSeq,
                "UPDATE audit_head SET last_seq = "
                        + oldSeq + ", last_hash = X'" + HexFormat.of().formatHex((byte[]) oldHead.get(1))
                        + "', seal = X'"
                        + HexFormat.of().formatHex((byte[]) oldHead.get(2)) + "' WHERE id = 1");

        try (AppContext context = TestDatabase.open(data, clock)) {
            assertThat(context.audit().verifyChain().intact())
                    .as("the old head's seal is genuine")
                    .isTrue();
            ChainVerification checked = context.audit().verifyChain((done, total) -> {}, fromPaper);
            assertThat(checked.intact()).isFalse();
            assertThat(checked.firstBrokenSeq()).isEqualTo(oldSeq + 1);
            assertThat(checked.problem()).contains("proves it had reached event " + fromPaper.seq());
        }
    }
}
