package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ColumnMapping;
import com.portaldesk.contacts.CsvFile;
import com.portaldesk.contacts.ImportCancelledException;
import com.portaldesk.contacts.ImportColumn;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.contacts.ImportResult;
import com.portaldesk.contacts.ImportRow;
import com.portaldesk.contacts.RejectedRowsReport;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Work;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard's steps: choose a file, map its columns, preview every row's verdict, import with
 * progress and Cancel, then offer the report of refused rows. Holds no controls.
 */
public final class ImportWizardViewModel {
    /** Where the wizard is. */
    public enum Step {
        CHOOSE,
        MAP,
        PREVIEW,
        RUNNING,
        DONE
    }

    private final ContactImporter contactImport;
    private final Work background;
    private final Executor onScreen;
    private final DialogService dialogs;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>(new ColumnMapping(Map.of()));
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<ImportRow> preview = FXCollections.observableArrayList();
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(ImportMode.ALL_OR_NOTHING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty fileName = new SimpleStringProperty("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private CsvFile csv;
    private List<ImportRow> judged = List.of();
    private ImportResult result;
    private Runnable onImported = () -> {};

    /**
     * @param onScreen where the import's progress is shown from (the FX thread on screen; at once in tests)
     */
    public ImportWizardViewModel(
            ContactImporter contactImport, Work background, Executor onScreen, DialogService dialogs) {
        this.contactImport = contactImport;
        this.background = background;
        this.onScreen = onScreen;
        this.dialogs = dialogs;
    }

    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    public void chooseFile() {
        dialogs.chooseCsvToOpen("Choose a CSV file of contacts").ifPresent(this::load);
    }

    public void load(Path file) {
        error.set("");
        message.set("Reading " + file.getFileName() + "…");
        background.then(
                () -> CsvFile.read(file),
                read -> {
                    csv = read;
                    fileName.set(file.getFileName().toString());
                    // The guess first: the column step is built from the headers and shows the mapping as it is then.
                    mapping.set(ColumnMapping.guess(read.headers()));
                    headers.setAll(read.headers());
                    message.set(rows(read.rows().size()) + " in " + file.getFileName() + ".");
                    step.set(Step.MAP);
                },
                this::showError);
    }

    public void map(ImportColumn column, Integer sourceIndex) {
        mapping.set(mapping.get().with(column, sourceIndex));
    }

    /** The first row's value in the column mapped to this field, so the user can see the match is right. */
    public String sampleFor(ImportColumn column) {
        if (csv == null || csv.rows().isEmpty()) {
            return "";
        }
        if (column == ImportColumn.SSN || column == ImportColumn.SSN_LAST4 || column == ImportColumn.PIN) {
            return mapping.get().indexOf(column).isPresent() ? "(hidden)" : "";
        }
        String value =
                mapping.get().indexOf(column).map(csv.rows().get(0)::cell).orElse("");
        return value.isEmpty() ? "" : "e.g. " + (value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }

    public void toPreview() {
        error.set("");
        List<String> missing = mapping.get().missingRequired(ImportColumn::label);
        if (!missing.isEmpty()) {
            error.set("Choose a column for: " + String.join(", ", missing) + ".");
            return;
        }
        message.set("Checking every row…");
        ColumnMapping chosen = mapping.get();
        background.then(
                () -> contactImport.judge(csv, chosen),
                rows -> {
                    judged = rows;
                    preview.setAll(rows.size() > 500 ? rows.subList(0, 500) : rows);
                    message.set(summary());
                    step.set(Step.PREVIEW);
                },
                this::showError);
    }

    /** "1 row", "2,000 rows". */
    static String rows(long count) {
        return String.format("%,d row%s", count, count == 1 ? "" : "s");
    }

    public long refusedCount() {
        return judged.stream().filter(row -> !row.valid()).count();
    }

    public String summary() {
        long refused = refusedCount();
        return String.format(
                "%s ready to import, %,d with problems%s.%s",
                rows(judged.size() - refused),
                refused,
                judged.size() > 500 ? " (the first 500 rows are shown)" : "",
                refused == 0
                        ? ""
                        : " Point at a problem to read it whole. To import anyway, choose to import only the valid rows.");
    }

    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(
                () -> step.get() == Step.PREVIEW
                        && (mode.get() == ImportMode.VALID_ROWS || refusedCount() == 0)
                        && judged.stream().anyMatch(ImportRow::valid),
                step,
                mode);
    }

    public void startImport() {
        error.set("");
        cancelRequested.set(false);
        progress.set(0);
        ImportMode chosen = mode.get();
        List<ImportRow> rows = judged;
        String source = "file " + fileName.get();
        step.set(Step.RUNNING);
        background.then(
                () -> contactImport.run(
                        rows,
                        chosen,
                        new ImportProgress() {
                            @Override
                            public void update(long done, long total) {
                                onScreen.execute(() -> {
                                    progress.set((double) done / Math.max(1, total));
                                    if (!cancelRequested.get()) {
                                        message.set(String.format("Imported %,d of %,d…", done, total));
                                    }
                                });
                            }

                            @Override
                            public boolean cancelled() {
                                return cancelRequested.get();
                            }
                        },
                        source),
                this::finished,
                this::importFailed);
    }

    public void cancel() {
        cancelRequested.set(true);
        message.set("Cancelling: undoing what was imported…");
    }

    private void finished(ImportResult imported) {
        result = imported;
        step.set(Step.DONE);
        int refused = imported.rejected().size();
        message.set("Imported " + ContactListWords.count(imported.imported()) + "."
                + (refused == 0
                        ? ""
                        : " " + rows(refused) + (refused == 1 ? " was" : " were")
                                + " refused; save the report to see why and " + "fix "
                                + (refused == 1 ? "it." : "them.")));
        onImported.run();
    }

    private void importFailed(Throwable failure) {
        step.set(Step.PREVIEW);
        if (failure instanceof ImportCancelledException) {
            message.set(failure.getMessage());
        } else {
            showError(failure);
        }
    }

    public void saveReport() {
        List<ImportRow> refused = result != null
                ? result.rejected()
                : judged.stream().filter(r -> !r.valid()).toList();
        dialogs.chooseCsvToSave("Save the refused rows", "refused-rows.csv")
                .ifPresent(target -> background.then(
                        () -> {
                            RejectedRowsReport.write(refused, target);
                            return target;
                        },
                        saved -> message.set("Report saved to " + saved + "."),
                        this::showError));
    }

    public void back() {
        error.set("");
        step.set(step.get() == Step.PREVIEW ? Step.MAP : Step.CHOOSE);
    }

    private void showError(Throwable failure) {
        message.set("");
        error.set(failure.getMessage());
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<ImportRow> preview() {
        return preview;
    }

    public ObjectProperty<ImportMode> modeProperty() {
        return mode;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }
}
