package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.ColumnMapping;
import com.portaldesk.contacts.CsvFile;
import com.portaldesk.contacts.ImportCancelledException;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.contacts.ImportResult;
import com.portaldesk.contacts.ImportRow;
import com.portaldesk.ui.common.Work;
import com.portaldesk.ui.staff.ImportWizardViewModel.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard's steps on a fake {@link ContactImporter}: no database, no FX toolkit, no waiting. The same
 * wizard importing into a real database is {@link ImportWizardViewModelTest}.
 */
@Tag("plain")
class ImportWizardOnFakesTest {
    @TempDir
    Path dir;

    private final FakeImporter importer = new FakeImporter();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Double> progressSeen = new ArrayList<>();
    private ImportWizardViewModel wizard;

    private void toPreview() throws Exception {
        wizard = new ImportWizardViewModel(importer, Work.direct(), Runnable::run, dialogs);
        wizard.progressProperty().addListener((obs, old, now) -> progressSeen.add(now.doubleValue()));
        Path csv = Files.writeString(
                dir.resolve("clients.csv"),
                "first_name,last_name,email,mobile,ssn\n"
                        + "Ann,Lee,ann@example.com,(415) 555-0123,219-09-7351\n"
                        + "Bo,Kurz,bo@example,,\n"
                        + "Cy,Park,cy@example.com,(415) 555-0188,219-09-1234\n");
        wizard.load(csv);
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MAP);
        wizard.toPreview();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PREVIEW);
    }

    @Test
    void theValidRows_areImported_withProgress_andTheRefusedOnesAreCounted() throws Exception {
        toPreview();
        assertThat(wizard.messageProperty().get()).startsWith("2 rows ready to import, 1 with problems.");
        assertThat(wizard.canImport().get())
                .as("all or nothing, with a refused row")
                .isFalse();
        wizard.modeProperty().set(ImportMode.VALID_ROWS);
        assertThat(wizard.canImport().get()).isTrue();
        wizard.startImport();
        assertThat(progressSeen).containsExactly(0.5, 1.0);
        assertThat(importer.source).isEqualTo("file clients.csv");
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(wizard.messageProperty().get())
                .isEqualTo("Imported 2 contacts. 1 row was refused; save the report to see why and fix it.");
    }

    @Test
    void cancelling_saysSoWhileItUndoes_andThenThatNothingWasImported() throws Exception {
        toPreview();
        wizard.modeProperty().set(ImportMode.VALID_ROWS);
        importer.cancelMidway = () -> wizard.cancel();
        wizard.startImport();
        assertThat(importer.messageWhenCancelled).isEqualTo("Cancelling: undoing what was imported…");
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(wizard.messageProperty().get()).isEqualTo(new ImportCancelledException().getMessage());
    }

    private final class FakeImporter implements ContactImporter {
        Runnable cancelMidway;
        String messageWhenCancelled;
        String source;

        @Override
        public List<ImportRow> judge(CsvFile file, ColumnMapping mapping) {
            return file.rows().stream()
                    .map(row -> new ImportRow(
                            row.line(),
                            null,
                            Optional.empty(),
                            row.cells().get(2).endsWith(".com")
                                    ? List.of()
                                    : List.of("The email address is not complete.")))
                    .toList();
        }

        @Override
        public ImportResult run(List<ImportRow> judged, ImportMode mode, ImportProgress progress, String from) {
            source = from;
            progress.update(1, 2);
            if (cancelMidway != null) {
                cancelMidway.run();
                progress.update(2, 2);
                messageWhenCancelled = wizard.messageProperty().get();
                if (progress.cancelled()) {
                    throw new ImportCancelledException();
                }
            }
            progress.update(2, 2);
            return new ImportResult(
                    2, judged.stream().filter(row -> !row.valid()).toList());
        }
    }
}
