package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.app.AppContext;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class ContactImportTest {
    private static final String HEADER = "first_name,last_name,email,mobile,ssn,preferred_channel\n";

    @TempDir
    Path dir;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<ImportRow> judge(Path file) {
        CsvFile csv = CsvFile.read(file);
        return context.contactImport().judge(csv, ColumnMapping.guess(csv.headers()));
    }

    private long count() {
        return context.contacts()
                .search(new ContactQuery("", ContactQuery.Scope.ALL, 1))
                .totalMatches();
    }

    @Test
    void goodFile_importsEveryRow() throws Exception {
        Path file = write(
                "good.csv",
                HEADER
                        + "Ann,Lee,ann@example.com,(415) 555-0111,219-09-9999,sms\n"
                        + "\"Óscar\",\"Núñez, Jr.\",oscar@example.com,,4321,email\n");
        ImportResult result = context.contactImport()
                .run(judge(file), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE, "test file", TestActor.STAFF);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(context.contacts()
                        .search(ContactQuery.active("núñez"))
                        .rows()
                        .get(0)
                        .maskedSecret())
                .isEqualTo("•••-••-4321");
    }

    @Test
    void headers_areGuessedFromCommonNames() {
        ColumnMapping mapping = ColumnMapping.guess(List.of(
                "First Name", "Surname", "E-mail Address", "Cell Phone", "SSN Last 4", "Channel", "Something else"));
        assertThat(mapping.indexOf(ImportColumn.FIRST_NAME)).contains(0);
        assertThat(mapping.indexOf(ImportColumn.LAST_NAME)).contains(1);
        assertThat(mapping.indexOf(ImportColumn.EMAIL)).contains(2);
        assertThat(mapping.indexOf(ImportColumn.MOBILE)).contains(3);
        assertThat(mapping.indexOf(ImportColumn.SSN_LAST4)).contains(4);
        assertThat(mapping.indexOf(ImportColumn.PREFERRED_CHANNEL)).contains(5);
        assertThat(mapping.missingRequired()).isEmpty();
    }

    @Test
    void malformedRows_areReportedPerRowWithLineNumbers() throws Exception {
        Path file = write(
                "mixed.csv",
                HEADER
                        + "Ann,Lee,ann@example.com,,219-09-9999,\n"
                        + "Bad,Email,not-an-email,,,\n"
                        + "Bad,Ssn,b@example.com,,12a4,\n"
                        + "Bad,Phone,c@example.com,12,,\n");
        List<ImportRow> rows = judge(file);
        assertThat(rows).extracting(ImportRow::valid).containsExactly(true, false, false, false);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).reason()).contains("Email:");
        assertThat(rows.get(2).reason()).contains("SSN:");
        assertThat(rows.get(3).reason()).contains("Mobile:");
    }

    @Test
    void allOrNothing_withOneBadRow_importsNothing() throws Exception {
        Path file = write("mixed.csv", HEADER + "Ann,Lee,ann@example.com,,,\nBad,Row,nope,,,\n");
        assertThatThrownBy(() -> context.contactImport()
                        .run(judge(file), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE, "test file", TestActor.STAFF))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("nothing was imported");
        assertThat(count()).isZero();
    }

    @Test
    void validRows_importsGoodOnesAndReportsTheRestWithoutSsn(@TempDir Path out) throws Exception {
        Path file = write("mixed.csv", HEADER + "Ann,Lee,ann@example.com,,219-09-9999,\nBad,Row,nope,,287-65-4321,\n");
        ImportResult result = context.contactImport()
                .run(judge(file), ImportMode.VALID_ROWS, ImportProgress.NONE, "test file", TestActor.STAFF);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.rejected()).hasSize(1);
        Path report = out.resolve("report.csv");
        RejectedRowsReport.write(result.rejected(), report);
        String text = Files.readString(report);
        assertThat(text)
                .contains("line,reason")
                .contains("3,")
                .contains("Email:")
                .doesNotContain("287-65-4321")
                .doesNotContain("4321");
    }

    @Test
    void theRefusedRowsReport_correctedInPlace_importsAgainAsItIs(@TempDir Path out) throws Exception {
        Path file = write(
                "mixed.csv",
                HEADER + "Ann,Lee,ann@example.com,,219-09-9999,\n"
                        + "Bad,Row,bad@example,+1 (212) 555-0101,287-65-4321,sms\n"
                        + "Cy,Nopin,cy@example.com,not a phone,,email\n");
        ImportResult first = context.contactImport()
                .run(judge(file), ImportMode.VALID_ROWS, ImportProgress.NONE, "test file", TestActor.STAFF);
        assertThat(first.rejected()).hasSize(2);
        Path report = out.resolve("refused.csv");
        RejectedRowsReport.write(first.rejected(), report);
        assertThat(Files.readString(report)).doesNotContain("4321").contains("'+1 (212) 555-0101");

        // What a person does in a spreadsheet: fix the email, type the SSN again, clear the bad phone.
        String fixed = Files.readString(report)
                .replace("bad@example,", "bad@example.com,")
                .replace("'+1 (212) 555-0101,,", "'+1 (212) 555-0101,287-65-4321,")
                .replace("not a phone", "");
        Files.writeString(report, fixed);
        CsvFile again = CsvFile.read(report);
        ColumnMapping mapping = ColumnMapping.guess(again.headers());
        List<ImportRow> judged = context.contactImport().judge(again, mapping);
        assertThat(judged)
                .allSatisfy(row -> assertThat(row.valid()).as(row.reason()).isTrue());
        ImportResult second = context.contactImport()
                .run(judged, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE, "refused.csv", TestActor.STAFF);
        assertThat(second.imported()).isEqualTo(2);
        ContactRecord bad = context.contacts()
                .search(ContactQuery.active("bad@example.com"))
                .rows()
                .get(0);
        assertThat(bad.mobileE164()).isEqualTo("+12125550101");
        assertThat(bad.maskedSecret()).isEqualTo("•••-••-4321");
        assertThat(bad.channel()).isEqualTo(Channel.SMS);
        assertThat(bad.notes()).isEmpty(); // the line and reason columns were not taken as anything
        assertThat(context.contacts()
                        .search(ContactQuery.active("cy@example.com"))
                        .rows()
                        .get(0)
                        .channel())
                .isEqualTo(Channel.EMAIL);
    }

    @Test
    void aLargeFile_findsContactsAlreadyOnFile_too() {
        List<ContactInput> many = new ArrayList<>(FakeContacts.generate(2_500, 3).stream()
                .filter(c -> !c.ssn().isEmpty() && !c.email().isEmpty())
                .toList());
        ContactInput stored = many.get(1_700);
        context.contacts().add(stored, TestActor.STAFF);
        List<ImportRow> rows = context.contactImport().judgeInputs(many);
        assertThat(many.size()).isGreaterThan(2_000); // past the one-pass threshold
        assertThat(rows.get(1_700).reason()).contains("Already on file");
        assertThat(rows.stream().filter(row -> !row.valid())).hasSize(1);
    }

    @Test
    void duplicates_ofExistingAndWithinFile_areReportedNeverCreatedTwice() throws Exception {
        context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        Path file = write(
                "dups.csv",
                HEADER
                        + "Alice,Again,alice@example.com,,6879,\n"
                        + "New,One,new@example.com,,1111,\n"
                        + "New,Twin,new@example.com,,1111,\n");
        List<ImportRow> rows = judge(file);
        assertThat(rows.get(0).reason()).contains("Already on file");
        assertThat(rows.get(1).valid()).isTrue();
        assertThat(rows.get(2).reason()).contains("line 3");
        context.contactImport().run(rows, ImportMode.VALID_ROWS, ImportProgress.NONE, "test file", TestActor.STAFF);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void badFiles_getClearMessages() throws Exception {
        assertThatThrownBy(() -> CsvFile.read(write("empty.csv", ""))).hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvFile.read(write("blank.csv", "\n\n  \n"))).hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvFile.read(dir.resolve("missing.csv"))).hasMessageContaining("no file");
        Path xlsx = Files.write(dir.resolve("book.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        assertThatThrownBy(() -> CsvFile.read(xlsx)).hasMessageContaining("Excel");
        Path binary = Files.write(dir.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThatThrownBy(() -> CsvFile.read(binary)).hasMessageContaining("not a CSV");
        Path latin1 = Files.write(
                dir.resolve("latin1.csv"),
                (HEADER + "José,Núñez,j@example.com,,,\n").getBytes(Charset.forName("windows-1252")));
        assertThatThrownBy(() -> CsvFile.read(latin1)).hasMessageContaining("not UTF-8");
        Path utf16 = Files.write(dir.resolve("utf16.csv"), (HEADER).getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> CsvFile.read(utf16)).hasMessageContaining("UTF-16");
        Path unclosed = write("quote.csv", HEADER + "\"Ann,Lee,ann@example.com,,,\n");
        assertThatThrownBy(() -> CsvFile.read(unclosed)).hasMessageContaining("not well-formed");
    }

    @Test
    void missingRequiredColumns_areNamed() throws Exception {
        Path file = write("cols.csv", "name,phone\nAnn,4155550111\n");
        CsvFile csv = CsvFile.read(file);
        assertThatThrownBy(() -> context.contactImport().judge(csv, ColumnMapping.guess(csv.headers())))
                .hasMessageContaining("Missing required column: email, first_name or last_name")
                .hasMessageContaining("name, phone");
    }

    @Test
    void utf8Bom_andSemicolons_areAccepted() throws Exception {
        byte[] body = ("first_name;last_name;email\nAnn;Lee;ann@example.com\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        List<ImportRow> rows = judge(Files.write(dir.resolve("bom.csv"), withBom));
        assertThat(rows)
                .singleElement()
                .satisfies(row -> assertThat(row.valid()).isTrue());
    }

    @Test
    void hugeFieldAndControlCharacters_areRefusedPerRow() throws Exception {
        Path file = write(
                "odd.csv",
                HEADER
                        + "Ann,\"" + "L".repeat(1024 * 1024) + "\",ann@example.com,,,\n"
                        + "Eve\u0007,Bell,eve@example.com,,,\n"
                        + "Mallory,\u202eyrollam,m@example.com,,,\n");
        List<ImportRow> rows = judge(file);
        assertThat(rows).noneMatch(ImportRow::valid);
        assertThat(rows.get(0).reason()).contains("At most 100 characters");
        assertThat(rows.get(1).reason()).contains("U+0007");
        assertThat(rows.get(2).reason()).contains("U+202E");
    }

    @Test
    void tenThousandRows_importInOneGo() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            text.append("First")
                    .append(i)
                    .append(",Last,user")
                    .append(i)
                    .append("@example.com,,")
                    .append(String.format("%04d", 1 + i % 9999))
                    .append(",email\n");
        }
        AtomicLong lastReported = new AtomicLong();
        ImportResult result = context.contactImport()
                .run(
                        judge(write("big.csv", text.toString())),
                        ImportMode.ALL_OR_NOTHING,
                        new ImportProgress() {
                            @Override
                            public void update(long done, long total) {
                                lastReported.set(done);
                            }

                            @Override
                            public boolean cancelled() {
                                return false;
                            }
                        },
                        "test file",
                        TestActor.STAFF);
        assertThat(result.imported()).isEqualTo(10_000);
        assertThat(lastReported.get()).isEqualTo(10_000);
        assertThat(count()).isEqualTo(10_000);
    }

    @Test
    void cancelMidway_leavesDatabaseExactlyAsItWas() throws Exception {
        context.contacts().add(TypicalContacts.ALICE, TestActor.STAFF);
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 2_000; i++) {
            text.append("F").append(i).append(",L,u").append(i).append("@example.com,,,\n");
        }
        List<ImportRow> rows = judge(write("cancel.csv", text.toString()));
        AtomicLong progressSeen = new AtomicLong();
        assertThatThrownBy(() -> context.contactImport()
                        .run(
                                rows,
                                ImportMode.VALID_ROWS,
                                new ImportProgress() {
                                    @Override
                                    public void update(long done, long total) {
                                        progressSeen.set(done);
                                    }

                                    @Override
                                    public boolean cancelled() {
                                        return progressSeen.get() >= 1_000;
                                    }
                                },
                                "test file",
                                TestActor.STAFF))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(progressSeen.get()).isGreaterThanOrEqualTo(1_000);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void exportThenImport_roundTripsIntoAnEmptyDatabase(@TempDir Path other) throws Exception {
        TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
        Path exported = dir.resolve("export.csv");
        assertThat(context.csvExport().export(ContactQuery.active(""), exported, TestActor.STAFF))
                .isEqualTo(4);
        try (AppContext fresh = TestDatabase.open(other)) {
            CsvFile csv = CsvFile.read(exported);
            ImportResult result = fresh.contactImport()
                    .run(
                            fresh.contactImport().judge(csv, ColumnMapping.guess(csv.headers())),
                            ImportMode.ALL_OR_NOTHING,
                            ImportProgress.NONE,
                            "test file",
                            TestActor.STAFF);
            assertThat(result.imported()).isEqualTo(4);
            assertThat(fresh.contacts()
                            .search(ContactQuery.active("(212) 555-0101"))
                            .rows())
                    .hasSize(1);
        }
    }
}
