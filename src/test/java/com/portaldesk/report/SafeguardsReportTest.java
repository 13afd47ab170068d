package com.portaldesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Safeguards report over a month lived through the real services: every figure it prints is counted again here,
 * from the audit log and from what the month did, and the PDF is read back as a reader would. The month is lived
 * once for all the tests here; none of them changes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("db")
class SafeguardsReportTest {
    @TempDir
    static Path dir;

    private final MutableClock clock = MutableClock.at("2026-10-01T00:00:00Z");
    private AppContext context;
    private SeededMonth month;
    private SafeguardsReports.Report report;
    private String text;

    @BeforeAll
    void liveAMonth_andReportOnIt() throws Exception {
        context = open(dir.resolve("data"), clock);
        Files.createDirectories(dir.resolve("backups"));
        month = SeededMonth.live(context, clock, dir.resolve("backups"));
        clock.advance(Duration.ofHours(3));
        report = context.safeguardsReports().create(november(), SeededMonth.ADMIN);
        text = textOf(report.pdf());
        String keepAt = System.getProperty("portaldesk.keepReport"); // to look at the month's report: -D...=FILE
        if (keepAt != null) {
            Files.write(Path.of(keepAt), report.pdf());
        }
    }

    /** The database the month is lived on: embedded H2 here, PostgreSQL in {@link PostgresSafeguardsReportTest}. */
    AppContext open(Path dataDir, MutableClock time) throws Exception {
        return TestDatabase.open(dataDir, time);
    }

    @AfterAll
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private static ReportPeriod november() {
        return new ReportPeriod(SeededMonth.FIRST, SeededMonth.LAST, ZoneOffset.UTC);
    }

    static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace("\r", "");
        }
    }

    private List<AuditEntry> inNovember(AuditEventType type) {
        return context.audit()
                .list(new AuditQuery(november().start(), november().end(), type, null, null, 100_000));
    }

    private void printed(String label, long count) {
        assertThat(text).as(label).containsPattern("(?m)^" + Pattern.quote(label) + " " + count + "$");
    }

    @Test
    void clientSignIns_matchTheAuditLog_andWhatTheMonthDid() {
        long approved = inNovember(AuditEventType.CHECK_APPROVED).size();
        assertThat(approved).isEqualTo(month.textSignIns + month.emailSignIns).isGreaterThan(30);
        printed("Client sign-ins completed", approved);
        printed("with a code by text message", month.textSignIns);
        printed("with a code by email", month.emailSignIns);
        List<AuditEntry> sent = inNovember(AuditEventType.CODE_SENT);
        printed(
                "Codes sent by text message",
                sent.stream().filter(e -> "SMS".equals(e.channel())).count());
        printed(
                "Codes sent by email",
                sent.stream().filter(e -> "EMAIL".equals(e.channel())).count());
    }

    @Test
    void monitoringFigures_matchTheAuditLog() {
        long events = context.audit()
                .list(new AuditQuery(november().start(), november().end(), null, null, null, 100_000))
                .size();
        printed("Events in the period", events);
        printed("Full SSN shown", month.ssnShown);
        assertThat(text).containsPattern("(?m)^Maria Gomez \\(maria\\) " + month.ssnShown + "$");
        long refusedStarts = inNovember(AuditEventType.CHALLENGE_STARTED).stream()
                        .filter(e -> e.reason() != AuditReason.MATCH)
                        .count()
                + inNovember(AuditEventType.SEND_REFUSED).size();
        assertThat(refusedStarts).isGreaterThan(0);
        printed("Sign-ins refused before a code was sent", refusedStarts);
        printed(
                "Codes refused (wrong, expired or too many tries)",
                inNovember(AuditEventType.CHECK_FAILED).size());
        printed("Clients locked out after repeated failures", 2);
        printed(
                "Contacts exported",
                inNovember(AuditEventType.CONTACTS_EXPORTED).size());
        printed("Backups taken", 1);
        printed("Numbers that replied STOP (waiting on the client)", 1);
    }

    @Test
    void theFirmsUnregisteredNumber_isOneFinding_notAFailurePerClient() {
        String flowing = text.replaceAll("\\s+", " ");
        assertThat(flowing)
                .containsOnlyOnce("because of the firm's own sending number, not the clients'")
                .contains("The carriers refused 2 texts because of the firm's own sending number")
                .containsOnlyOnce("Register the firm's brand and a campaign in the Twilio Console");
    }

    @Test
    void theChangeOfPolicy_theStaffWithoutASecondFactor_andTheRepeatedLocks_areNamed() {
        assertThat(text).contains("Code length: 6 -> 8").contains("ann.lee");
        assertThat(text).contains("Staff member Maria Gomez (maria) has no second factor.");
        assertThat(text).contains("Carol Kurz was locked out 2 times");
        assertThat(text).contains("All 6 stored SSNs, last fours and PINs opened with the key in use.");
        assertThat(text)
                .contains("16 CFR 314.4(c)(5)")
                .contains("16 CFR 314.4(c)(3)")
                .contains("16 CFR 314.4(c)(8)");
        assertThat(text).containsPattern("Page 1 of \\d+");
    }

    @Test
    void theFirstPage_carriesTheFirmsNameAndLogo_andEveryPageItsNumber() throws Exception {
        assertThat(text).startsWith("Safeguards evidence report\nLee & Partners CPA\nNovember 1, 2026 to November 30");
        int pages;
        try (PDDocument document = Loader.loadPDF(report.pdf())) {
            assertThat(document.getPage(0).getResources().getXObjectNames())
                    .as("the logo")
                    .hasSize(1);
            pages = document.getNumberOfPages();
        }
        assertThat(pages).isGreaterThanOrEqualTo(5);
        assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
        assertThat(ReportPages.render(report.pdf(), 30))
                .as("a preview of every page")
                .hasSize(pages);
    }

    @Test
    void theReportsDigest_isInTheAuditLog_withWhoMadeIt_andAChangedCopyIsNot() {
        AuditEntry made = context.safeguardsReports().madeBy(report.pdf()).orElseThrow();
        assertThat(made.actor()).isEqualTo("ann.lee");
        assertThat(made.terminalId()).isEqualTo("front-desk");
        assertThat(made.detail()).contains("2026-11-01 to 2026-11-30").endsWith(report.sha256());
        byte[] changed = report.pdf().clone();
        changed[changed.length / 2] ^= 1;
        assertThat(context.safeguardsReports().madeBy(changed)).isEmpty();
    }

    @Test
    void theCheckpointPrintedOnTheReport_isTheLogsNewestEvent() {
        var printedCode = Checkpoint.find(text).orElseThrow();
        assertThat(printedCode).isEqualTo(report.checkpoint().orElseThrow());
        assertThat(context.audit().authentic(printedCode)).isTrue();
        long newest = context.audit().list(AuditQuery.latest(1)).get(0).seq();
        assertThat(printedCode.seq())
                .as("only the report's own event came after it")
                .isEqualTo(newest - 1);
    }
}
