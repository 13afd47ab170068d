package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.contacts.CsvExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the filtered audit log to CSV page by page, formula-safe like the contacts export. */
final class AuditCsv {
    private AuditCsv() {
    }

    static int write(AuditLog audit, AuditQuery filter, Path target) {
        int count = 0;
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("seq", "time_utc",
                    "terminal", "event", "reason", "contact", "challenge", "channel", "to", "detail").get());
            AuditQuery page = new AuditQuery(filter.from(), filter.to(), filter.type(), filter.contactId(),
                    filter.terminalId(), 1000, filter.reason(), null);
            while (true) {
                List<AuditEntry> events = audit.list(page);
                for (AuditEntry e : events) {
                    printer.printRecord(List.of(Long.toString(e.seq()), e.occurredAt().toString(), e.terminalId(),
                            e.type().name(), e.reason().name(), text(e.contactId()), text(e.challengeId()),
                            text(e.channel()), text(e.destinationMasked()), e.detail()).stream()
                            .map(CsvExport::neutralise).toList());
                    count++;
                }
                if (events.size() < 1000) {
                    break;
                }
                page = page.olderThan(events.get(events.size() - 1).seq());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        return count;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
