package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.DateEntry;
import com.portaldesk.ui.common.EnterSubmits;
import com.portaldesk.ui.common.UiPart;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Reports tab (admins): the period, "Make report", the pages as a PDF reader would show them, "Save as PDF"; and
 * the address the audit checkpoint is emailed to each day.
 */
public final class ReportsView extends UiPart<ScrollPane> {
    /** Pages are shown at most this wide, and narrower when the window is. */
    private static final double PAGE_WIDTH = 720;

    @FXML
    private DatePicker reportFrom;

    @FXML
    private DatePicker reportTo;

    private final DateEntry fromEntry;
    private final DateEntry toEntry;

    @FXML
    private Button createReport;

    @FXML
    private Button saveReport;

    @FXML
    private HBox periodPresets;

    @FXML
    private Label reportStatus;

    @FXML
    private ScrollPane preview;

    @FXML
    private VBox pagesBox;

    @FXML
    private Label previewHint;

    @FXML
    private TextField checkpointAddress;

    @FXML
    private Button saveCheckpointAddress;

    @FXML
    private Label checkpointStatus;

    private final ReportsViewModel model;

    public ReportsView(ReportsViewModel model) {
        // Enter in these fields presses the form's button.
        EnterSubmits.on(reportFrom.getParent(), createReport);
        EnterSubmits.on(checkpointAddress.getParent(), saveCheckpointAddress);
        this.model = model;
        fromEntry = DateEntry.of(reportFrom, "From");
        toEntry = DateEntry.of(reportTo, "To");
        reportFrom.valueProperty().bindBidirectional(model.fromProperty());
        reportTo.valueProperty().bindBidirectional(model.toProperty());
        reportStatus.textProperty().bind(model.statusProperty());
        createReport.disableProperty().bind(model.busyProperty());
        // While a report is being made its period stays as it is on screen.
        reportFrom.disableProperty().bind(model.busyProperty());
        reportTo.disableProperty().bind(model.busyProperty());
        periodPresets.disableProperty().bind(model.busyProperty());
        saveReport
                .disableProperty()
                .bind(model.busyProperty().or(model.reportProperty().isNull()));
        model.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());
        checkpointAddress.textProperty().bindBidirectional(model.checkpointAddressProperty());
        checkpointStatus.textProperty().bind(model.checkpointStatusProperty());
    }

    /** Each time the tab is opened: the address as saved now, perhaps by another admin. */
    public void refresh() {
        model.loadCheckpointMail();
    }

    @FXML
    private void onSaveCheckpointAddress() {
        model.saveCheckpointAddress();
    }

    @FXML
    private void onSendCheckpointNow() {
        model.sendCheckpointNow();
    }

    private void showPages() {
        pagesBox.getChildren().setAll(previewHint);
        previewHint.setVisible(model.pages().isEmpty());
        previewHint.setManaged(model.pages().isEmpty());
        int number = 0;
        for (BufferedImage page : model.pages()) {
            ImageView view = new ImageView(toFx(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty()
                    .bind(Bindings.min(PAGE_WIDTH, preview.widthProperty().subtract(48)));
            view.getStyleClass().add("report-page");
            view.setAccessibleText("Page " + (++number) + " of " + model.pages().size());
            pagesBox.getChildren().add(view);
        }
        preview.setVvalue(0);
    }

    /** The rendered page as a JavaFX image (copied pixel by pixel: the Swing bridge is not part of the program). */
    static Image toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }

    @FXML
    private void onLastMonth() {
        model.lastMonth();
    }

    @FXML
    private void onYearToDate() {
        model.yearToDate();
    }

    @FXML
    private void onLastYear() {
        model.lastYear();
    }

    @FXML
    private void onCreate() {
        // A period that is not a date is said, not made over the dates the pickers held before it was typed.
        List<String> problems = DateEntry.problems(fromEntry, toEntry);
        if (!problems.isEmpty()) {
            model.statusProperty().set("Not made: " + String.join(" ", problems));
            return;
        }
        model.create();
    }

    @FXML
    private void onSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the Safeguards report");
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(getRoot().getScene().getWindow());
        if (chosen != null) {
            model.save(chosen.toPath());
        }
    }
}
