package com.portaldesk.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.ColumnMapping;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.CsvFile;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Checks an export against the contacts list itself: the same contacts, in the same order, on any database. */
public final class ExportCheck {
    private static final List<String> FIRST = List.of("ann", "Ann", "ANN", "Zoë", "zoe", "Émile", "bob", "Bob");
    private static final List<String> LAST = List.of("Lee", "lee", "O'Neil", "van Dyke", "Østby", "Smith", "SMITH");

    private ExportCheck() {}

    /**
     * Imports {@code count} contacts whose names repeat in every case and with accents (so the order's tie-breaks
     * matter), every seventh with the same last four (4321), and five Smiths archived.
     */
    public static void seed(AppContext context, Path folder, int count) throws IOException {
        StringBuilder csv = new StringBuilder("First name,Last name,Email,SSN\n");
        for (int i = 0; i < count; i++) {
            csv.append(FIRST.get(i % FIRST.size()))
                    .append(',')
                    .append(LAST.get(i / FIRST.size() % LAST.size()))
                    .append(",p")
                    .append(i)
                    .append("@export.example,")
                    .append(String.format("219-09-%04d", i % 7 == 0 ? 4321 : 1000 + i % 9000))
                    .append('\n');
        }
        Path file = folder.resolve("seed.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        CsvFile read = CsvFile.read(file);
        context.contactImport()
                .run(
                        context.contactImport().judge(read, ColumnMapping.guess(read.headers())),
                        ImportMode.VALID_ROWS,
                        ImportProgress.NONE,
                        "seed.csv",
                        TestActor.STAFF);
        Files.delete(file);
        List<ContactRecord> some = context.contacts()
                .search(new ContactQuery("smith", ContactQuery.Scope.ACTIVE, 5))
                .rows();
        some.forEach(contact -> context.contacts().setArchived(contact.id(), true, TestActor.STAFF));
    }

    /** Exports {@code text} (active contacts) and asserts the file lists exactly the list's contacts in its order. */
    public static void assertExportMatchesTheList(AppContext context, Path folder, String text) throws IOException {
        Path file = folder.resolve("export.csv");
        int written = context.csvExport().export(ContactQuery.active(text), file, TestActor.STAFF);
        List<String> listed =
                context
                        .contacts()
                        .search(new ContactQuery(text, ContactQuery.Scope.ACTIVE, Integer.MAX_VALUE))
                        .rows()
                        .stream()
                        .map(ContactRecord::email)
                        .toList();
        List<String> exported = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.skip(1); // the byte-order mark
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                exported.add(row.get("email"));
            }
        }
        Files.delete(file);
        assertThat(listed).as("the list for \"%s\"", text).isNotEmpty();
        assertThat(exported).as("the export of \"%s\"", text).containsExactlyElementsOf(listed);
        assertThat(written).isEqualTo(listed.size());
    }
}
