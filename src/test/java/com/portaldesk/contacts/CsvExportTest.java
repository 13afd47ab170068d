package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.store.CsvCells;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.ExportCheck;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("db")
class CsvExportTest {
    @TempDir
    Path dir;

    @Test
    void export_writesNoSsnDigitsAndOnlyTheSearchResult() throws Exception {
        Path file = dir.resolve("out.csv");
        try (AppContext context = TestDatabase.open(dir.resolve("data"))) {
            TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
            assertThat(context.csvExport().export(ContactQuery.active("pauline"), file, TestActor.STAFF))
                    .isEqualTo(2);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFfirst_name,last_name,email");
        assertThat(text).contains("Alice,Pauline").contains("Bob,Pauline").doesNotContain("Carol");
        assertThat(text)
                .doesNotContain("6879")
                .doesNotContain("371-82")
                .doesNotContain("4321")
                .doesNotContain("•••");
    }

    @Test
    void export_neutralisesFormulaCells() throws Exception {
        Path file = dir.resolve("out.csv");
        try (AppContext context = TestDatabase.open(dir.resolve("data"))) {
            context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName("=HYPERLINK(\"http://x\")", "@SUM(A1)")
                                    .withNotes("-2+3")
                                    .build(),
                            TestActor.STAFF);
            context.csvExport().export(ContactQuery.active(""), file, TestActor.STAFF);
        }
        String text = Files.readString(file);
        assertThat(text)
                .contains("'=HYPERLINK")
                .contains("'@SUM(A1)")
                .contains("'-2+3")
                .contains("'+14155550142");
        assertThat(text).doesNotContain(",=").doesNotContain(",@").doesNotContain(",+1");
    }

    @Test
    void export_listsTheContactsInTheListsOwnOrder_beforeAndAfterTheIndexIsRead() throws Exception {
        try (AppContext context = TestDatabase.open(dir.resolve("data"))) {
            ExportCheck.seed(context, dir, 300);
            for (String text : new String[] {"", "smith", "4321", "ann lee"}) {
                ExportCheck.assertExportMatchesTheList(context, dir, text);
            }
            context.contacts().prepareSearch(); // the list now answers from memory; the export still agrees
            for (String text : new String[] {"", "4321"}) {
                ExportCheck.assertExportMatchesTheList(context, dir, text);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            quoteCharacter = '"',
            value = {"=1+1, '=1+1", "+1, '+1", "-1, '-1", "@x, '@x", "plain, plain", "a=b, a=b"})
    void neutralise_prefixesOnlyDangerousFirstCharacters(String cell, String expected) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(expected);
    }
}
