package com.portaldesk.report;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.store.OwnerOnlyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Makes the Safeguards evidence report: reads its facts, lays it out as a PDF, and writes its SHA-256 digest to the
 * audit log with who made it, so a copy handed to an examiner can later be checked against the log.
 */
public final class SafeguardsReports {
    static final String TITLE = "Safeguards evidence report";
    private static final String DIGEST_MARK = "SHA-256 ";

    private final SafeguardsFactsReader reader;
    private final AuditLog audit;

    public SafeguardsReports(SafeguardsFactsReader reader, AuditLog audit) {
        this.reader = reader;
        this.audit = audit;
    }

    /** A report made: the PDF's bytes, its digest, and what its first page says. */
    public record Report(
            byte[] pdf, String sha256, ReportPeriod period, Optional<Checkpoint> checkpoint, int exceptions) {
        public String suggestedFileName() {
            return "safeguards-report-" + period.from() + "-to-" + period.to() + ".pdf";
        }
    }

    /** Makes the report and records its making (who, where, the period, the digest) in the audit log. */
    public Report create(ReportPeriod period, Actor actor) {
        SafeguardsFacts facts = reader.read(period, actor);
        List<String> exceptions = SafeguardsExceptions.in(facts);
        byte[] pdf = PdfReportWriter.write(cover(facts), SafeguardsContent.sections(facts, exceptions));
        String digest = sha256(pdf);
        audit.record(AuditRecord.by(actor, AuditEventType.REPORT_GENERATED, AuditReason.STAFF_ACTION)
                .withDetail(TITLE + " for " + period.from() + " to " + period.to() + ", " + DIGEST_MARK + digest));
        return new Report(pdf, digest, period, facts.integrity().checkpoint(), exceptions.size());
    }

    /** Writes the report to {@code file} whole or not at all. */
    public static void save(Report report, Path file) {
        try {
            OwnerOnlyFile.write(file, out -> out.write(report.pdf()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The audit event that recorded the making of exactly this file, if any: a changed copy has no such event. */
    public Optional<AuditEntry> madeBy(byte[] pdf) {
        String mark = DIGEST_MARK + sha256(pdf);
        return audit
                .list(new AuditQuery(null, null, AuditEventType.REPORT_GENERATED, null, null, Integer.MAX_VALUE))
                .stream()
                .filter(e -> e.detail() != null && e.detail().endsWith(mark))
                .findFirst();
    }

    private static ReportCover cover(SafeguardsFacts facts) {
        String generated = "Generated "
                + ReportWords.when(facts.generatedAt(), facts.period().zone()) + " ("
                + facts.period().zone().getId() + ") by "
                + facts.who(facts.generatedBy().name()) + " on "
                + facts.generatedBy().terminalId() + ".";
        String checkpoint = facts.integrity()
                .checkpoint()
                .map(cp -> "Audit checkpoint " + cp.code() + ": keep this code apart from the computer. "
                        + "'portaldesk audit verify --checkpoint CODE' proves nothing in the log up to event "
                        + cp.seq() + " was later removed or changed.")
                .orElse("No audit checkpoint could be made: see the exceptions at the end.");
        return new ReportCover(
                TITLE,
                facts.firm().name(),
                facts.firm().logo(),
                facts.period().inWords(),
                List.of(generated, checkpoint),
                facts.firm().name() + " - " + TITLE + ", " + facts.period().inWords());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
