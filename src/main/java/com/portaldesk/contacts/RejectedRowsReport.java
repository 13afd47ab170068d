package com.portaldesk.contacts;

import com.portaldesk.store.CsvCells;
import com.portaldesk.store.OwnerOnlyFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV of rows an import refused, with the reason for each, so they can be fixed and imported again as they
 * are: the columns are the import's own (the "line" and "reason" columns are ignored by the import). The SSN and
 * PIN columns are there but empty on purpose: a report must not become a second copy of secrets, so they are typed
 * again where the reason asks for it (or left empty, and the contact is saved without one).
 */
public final class RejectedRowsReport {
    private RejectedRowsReport() {}

    /** Columns of the report only; the import leaves them alone. */
    public static final String LINE = "line";

    public static final String REASON = "reason";

    public static void write(List<ImportRow> rejected, Path target) {
        try {
            OwnerOnlyFile.write(target, out -> write(rejected, out));
        } catch (IOException e) {
            throw new ImportException("Cannot write the report " + target + ": " + e.getMessage());
        }
    }

    private static void write(List<ImportRow> rejected, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(
                                LINE,
                                REASON,
                                ImportColumn.FIRST_NAME.header(),
                                ImportColumn.LAST_NAME.header(),
                                ImportColumn.EMAIL.header(),
                                ImportColumn.MOBILE.header(),
                                ImportColumn.SSN.header(),
                                ImportColumn.PIN.header(),
                                ImportColumn.PREFERRED_CHANNEL.header(),
                                ImportColumn.PORTAL_ACCESS.header(),
                                ImportColumn.LANGUAGE.header(),
                                ImportColumn.NOTES.header())
                        .get());
        for (ImportRow row : rejected) {
            ContactInput in = row.input();
            printer.printRecord(List.of(
                            Long.toString(row.line()),
                            row.reason(),
                            in.firstName(),
                            in.lastName(),
                            in.email(),
                            in.mobile(),
                            "",
                            "",
                            in.channel(),
                            in.portalAccess() ? "yes" : "no",
                            in.language(),
                            in.notes())
                    .stream()
                    .map(RejectedRowsReport::clip)
                    .map(CsvCells::neutralise)
                    .toList());
        }
        printer.flush();
    }

    /** A 1 MB field that was refused for its size is not worth copying whole into the report. */
    private static String clip(String value) {
        String text = value == null ? "" : value;
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
