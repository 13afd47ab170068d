package com.portaldesk.contacts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV of rows an import refused, with the reason for each, so they can be fixed and imported again.
 * SSN and PIN columns are left out on purpose: a report must not become a second copy of secrets.
 */
public final class RejectedRowsReport {
    private RejectedRowsReport() {
    }

    public static void write(List<ImportRow> rejected, Path target) {
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("line", "reason",
                    "first_name", "last_name", "email", "mobile", "preferred_channel", "notes").get());
            for (ImportRow row : rejected) {
                ContactInput in = row.input();
                printer.printRecord(List.of(Long.toString(row.line()), row.reason(), in.firstName(), in.lastName(),
                        in.email(), in.mobile(), in.channel(), in.notes()).stream().map(RejectedRowsReport::clip)
                        .map(CsvExport::neutralise).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new ImportException("Cannot write the report " + target + ": " + e.getMessage());
        }
    }

    /** A 1 MB field that was refused for its size is not worth copying whole into the report. */
    private static String clip(String value) {
        String text = value == null ? "" : value;
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
