package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.desks.ContactImporterAdapter;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ImportColumn;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.staff.ImportWizardViewModel.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wizard's steps without a window: the view model on a real database, with scripted file choices. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class ImportWizardViewModelTest {
    @TempDir
    Path dir;

    private AppContext context;
    private Background background;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ImportWizardViewModel wizard;

    @Start
    void start(Stage stage) {
        // The FX toolkit is all these tests need.
    }

    @BeforeEach
    void open() {
        context = TestDatabase.open(dir.resolve("data"));
        background = new Background();
        wizard = new ImportWizardViewModel(
                ContactImporterAdapter.of(context.contactImport(), TestActor.STAFF),
                background,
                Platform::runLater,
                dialogs);
    }

    @AfterEach
    void close() {
        background.shutdown();
        context.close();
    }

    private void onFx(Runnable action) {
        FxWait.onFxThread(action);
    }

    private long count() {
        return context.contacts().search(ContactQuery.active("")).totalMatches();
    }

    private Path csv(int goodRows, boolean withBadRow) throws Exception {
        StringBuilder text = new StringBuilder("Given Name,Surname,E-mail,Notes\n");
        for (int i = 0; i < goodRows; i++) {
            text.append("F").append(i).append(",L,u").append(i).append("@example.com,\n");
        }
        if (withBadRow) {
            text.append("Bad,Row,not-an-email,\n");
        }
        return Files.writeString(dir.resolve("contacts.csv"), text.toString());
    }

    @Test
    void wizard_walksFromFileToImport() throws Exception {
        dialogs.fileToOpen = csv(3, false);
        onFx(wizard::chooseFile);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.MAP);
        assertThat(wizard.mappingProperty().get().indexOf(ImportColumn.EMAIL)).contains(2);
        onFx(wizard::toPreview);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.PREVIEW);
        assertThat(wizard.preview()).hasSize(3);
        assertThat(wizard.canImport().get()).isTrue();
        onFx(wizard::startImport);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.DONE);
        assertThat(count()).isEqualTo(3);
        assertThat(wizard.messageProperty().get()).contains("Imported 3 contacts");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theColumnStep_showsTheColumnsThatWereMatched_andTheCountsReadRight() throws Exception {
        ImportWizard[] view = new ImportWizard[1];
        onFx(() -> view[0] = new ImportWizard(wizard));
        wizard.load(csv(2, true));
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.MAP);
        Parent root = view[0].getRoot();
        onFx(() -> {
            new Scene(root, 900, 700); // skins made, so the column step's fields can be looked up
            root.applyCss();
            root.layout();
        });
        Function<String, Object> shown = id -> ((ComboBox<String>) root.lookup("#map-" + id))
                .getSelectionModel()
                .getSelectedItem();
        assertThat(shown.apply(ImportColumn.FIRST_NAME.header())).isEqualTo("Given Name");
        assertThat(shown.apply(ImportColumn.LAST_NAME.header())).isEqualTo("Surname");
        assertThat(shown.apply(ImportColumn.EMAIL.header())).isEqualTo("E-mail");
        assertThat(shown.apply(ImportColumn.MOBILE.header())).isEqualTo("— not imported —");
        assertThat(((GridPane) root.lookup("#mappingGrid")).getChildren())
                .filteredOn(Label.class::isInstance)
                .map(label -> ((Label) label).getText())
                .as("fields named in words, not by their CSV header")
                .contains("First name *", "Email *", "SSN last four", "Preferred channel")
                .noneMatch(text -> text.contains("_"));

        onFx(() -> ((ComboBox<String>) root.lookup("#map-" + ImportColumn.NOTES.header()))
                .getSelectionModel()
                .select("Surname"));
        assertThat(wizard.mappingProperty().get().indexOf(ImportColumn.NOTES))
                .as("a choice reaches the model")
                .contains(1);

        onFx(wizard::toPreview);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.PREVIEW);
        List<String> verdicts = new ArrayList<>();
        onFx(() -> {
            root.applyCss();
            root.layout();
            for (Node node : root.lookupAll(".row-refused")) {
                Labeled verdict = (Labeled) node;
                Text drawn = (Text) verdict.lookup(".text");
                verdicts.add(drawn == null ? "" : drawn.getText());
            }
        });
        assertThat(verdicts)
                .as("the refused row's reason, drawn whole (one line had cut it to '…')")
                .singleElement()
                .asString()
                .startsWith("✖ Email")
                .doesNotContain("…")
                .endsWith("characters.");
        onFx(() -> wizard.modeProperty().set(ImportMode.VALID_ROWS));
        onFx(wizard::startImport);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.DONE);
        assertThat(wizard.messageProperty().get())
                .isEqualTo("Imported 2 contacts. 1 row was refused; save the report to see why and fix it.");
    }

    @Test
    void unmappingRequiredColumn_blocksThePreviewWithReason() throws Exception {
        wizard.load(csv(1, false));
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.MAP);
        onFx(() -> wizard.map(ImportColumn.EMAIL, null));
        onFx(wizard::toPreview);
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MAP);
        assertThat(wizard.errorProperty().get()).isEqualTo("Choose a column for: Email.");
    }

    @Test
    void allOrNothing_withABadRow_cannotImport_butValidRowsCanAndReportIsSaved() throws Exception {
        wizard.load(csv(2, true));
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.MAP);
        onFx(wizard::toPreview);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.PREVIEW);
        assertThat(wizard.summary()).contains("2 rows ready to import, 1 with problems");
        assertThat(wizard.canImport().get()).isFalse();
        onFx(() -> wizard.modeProperty().set(ImportMode.VALID_ROWS));
        assertThat(wizard.canImport().get()).isTrue();
        onFx(wizard::startImport);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.DONE);
        assertThat(count()).isEqualTo(2);
        dialogs.fileToSave = dir.resolve("refused.csv");
        onFx(wizard::saveReport);
        FxWait.waitUntil(() -> Files.exists(dialogs.fileToSave)
                && wizard.messageProperty().get().startsWith("Report saved"));
        assertThat(Files.readString(dialogs.fileToSave)).contains("not-an-email");
    }

    @Test
    void badFile_staysOnFirstStepWithClearMessage() throws Exception {
        wizard.load(Files.writeString(dir.resolve("empty.csv"), ""));
        FxWait.waitUntil(() -> !wizard.errorProperty().get().isEmpty());
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(wizard.errorProperty().get()).isEqualTo("The file is empty.");
    }

    @Test
    void cancel_duringImport_rollsEverythingBack() throws Exception {
        wizard.load(csv(20_000, false));
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.MAP);
        onFx(wizard::toPreview);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.PREVIEW);
        onFx(wizard::startImport);
        FxWait.waitUntil(() -> wizard.progressProperty().get() > 0);
        onFx(wizard::cancel);
        FxWait.waitUntil(() -> wizard.stepProperty().get() == Step.PREVIEW);
        assertThat(wizard.messageProperty().get()).contains("cancelled");
        assertThat(count()).isZero();
    }
}
