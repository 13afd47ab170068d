package com.portaldesk.contacts;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.CsvCells;
import com.portaldesk.store.OwnerOnlyFile;
import com.portaldesk.store.StoredTime;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes contacts to CSV (UTF-8 with BOM, so Excel reads accents correctly). Never any SSN digits. A cell
 * that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe so a spreadsheet shows
 * it as text instead of running it as a formula (OWASP "CSV injection"). The file appears whole or not at
 * all: it is written beside the target and moved into place at the end.
 */
public final class CsvExport {
    static final List<String> HEADERS = List.of(
            ImportColumn.FIRST_NAME.header(),
            ImportColumn.LAST_NAME.header(),
            ImportColumn.EMAIL.header(),
            ImportColumn.MOBILE.header(),
            ImportColumn.PREFERRED_CHANNEL.header(),
            ImportColumn.PORTAL_ACCESS.header(),
            ImportColumn.LANGUAGE.header(),
            "portal_ready",
            "ssn_on_file",
            ImportColumn.NOTES.header(),
            "archived",
            "created_at",
            "updated_at");

    private final ContactService service;

    public CsvExport(ContactService service) {
        this.service = service;
    }

    /** Returns the number of contacts written; the export is audited with the count and the search it came from. */
    public int export(ContactQuery query, Path target, Actor actor) {
        int written = export(query, target);
        service.audit()
                .record(AuditRecord.by(actor, AuditEventType.CONTACTS_EXPORTED, AuditReason.STAFF_ACTION)
                        .withDetail(written + " contacts to " + target.getFileName() + " (search \"" + query.text()
                                + "\", " + query.scope().name().toLowerCase(Locale.ROOT) + "; no SSN digits)"));
        return written;
    }

    private int export(ContactQuery query, Path target) {
        int[] written = {0};
        try {
            // Names, emails and mobiles: owner-only from the first byte, and never over PortalDesk's own files.
            OwnerOnlyFile.write(target, out -> written[0] = write(query, out));
            return written[0];
        } catch (IOException e) {
            throw new ImportException("Cannot write " + target + ": " + e.getMessage());
        }
    }

    int write(ContactQuery query, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        // The printer writes character by character; into a line of its own it takes no lock for each, and the
        // file gets whole lines.
        StringBuilder line = new StringBuilder(256);
        int[] count = {0};
        try (writer;
                CSVPrinter printer = new CSVPrinter(
                        line,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(HEADERS.toArray(String[]::new))
                                .get())) {
            writer.append(line);
            service.forEachToExport(new ContactQuery(query.text(), query.scope(), Integer.MAX_VALUE), contact -> {
                try {
                    line.setLength(0);
                    printer.printRecord(
                            row(contact).stream().map(CsvCells::neutralise).toList());
                    writer.append(line);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    private static List<String> row(ContactRecord contact) {
        return List.of(
                contact.firstName(),
                contact.lastName(),
                contact.email(),
                contact.mobileE164(),
                contact.channel().name().toLowerCase(Locale.ROOT),
                contact.portalAccess() ? "yes" : "no",
                contact.language().tag(),
                contact.readiness().ready() ? "yes" : "no",
                contact.secretKind() == SecretKind.NONE ? "no" : "yes",
                contact.notes(),
                contact.archived() ? "yes" : "no",
                StoredTime.iso(contact.createdAt()),
                StoredTime.iso(contact.updatedAt()));
    }
}
