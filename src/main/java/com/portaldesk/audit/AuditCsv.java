package com.portaldesk.audit;

import com.portaldesk.store.CsvCells;
import com.portaldesk.store.OwnerOnlyFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The filtered audit log as CSV, page by page, formula-safe like the contacts export. The file names contacts and
 * masked destinations, so it is owner-only from its first byte, like every output that holds client data.
 */
public final class AuditCsv {
    private static final int PAGE = 1000;

    private AuditCsv() {}

    /** Every event the filter matches, into {@code target}; how many were written. */
    public static int write(AuditLog audit, AuditQuery filter, Path target) {
        int[] count = {0};
        try {
            OwnerOnlyFile.write(target, out -> count[0] = write(audit, filter, out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        return count[0];
    }

    private static int write(AuditLog audit, AuditQuery filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(
                                "seq",
                                "time_utc",
                                "terminal",
                                "event",
                                "reason",
                                "contact",
                                "challenge",
                                "channel",
                                "to",
                                "detail")
                        .get());
        AuditQuery page = new AuditQuery(
                filter.from(),
                filter.to(),
                filter.type(),
                filter.contactId(),
                filter.terminalId(),
                PAGE,
                filter.reason(),
                null);
        int count = 0;
        while (true) {
            List<AuditEntry> events = audit.list(page);
            for (AuditEntry e : events) {
                printer.printRecord(List.of(
                                Long.toString(e.seq()),
                                e.occurredAt().toString(),
                                e.terminalId(),
                                e.type().name(),
                                e.reason().name(),
                                text(e.contactId()),
                                text(e.challengeId()),
                                text(e.channel()),
                                text(e.destinationMasked()),
                                e.detail())
                        .stream()
                        .map(CsvCells::neutralise)
                        .toList());
                count++;
            }
            if (events.size() < PAGE) {
                break;
            }
            page = page.olderThan(events.get(events.size() - 1).seq());
        }
        printer.flush();
        return count;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
