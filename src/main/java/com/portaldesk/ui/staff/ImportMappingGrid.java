package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ImportColumn;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The import wizard's second step: a row per contact field with the file's column it is read from (or "not
 * imported") and a sample of what that column holds. Built again for each file; the model's mapping and the lists
 * always agree.
 */
final class ImportMappingGrid {
    private static final String NOT_IMPORTED = "— not imported —";

    private final GridPane grid;
    private final ImportWizardViewModel model;
    private final Map<ImportColumn, ComboBox<String>> sources = new EnumMap<>(ImportColumn.class);

    private ImportMappingGrid(GridPane grid, ImportWizardViewModel model) {
        this.grid = grid;
        this.model = model;
    }

    /** Keeps the grid filled with the model's file's columns and mapping. */
    static void fill(GridPane grid, ImportWizardViewModel model) {
        ImportMappingGrid mapping = new ImportMappingGrid(grid, model);
        model.headers().addListener((ListChangeListener<String>) change -> mapping.build());
        model.mappingProperty().addListener((obs, old, now) -> mapping.showMapping());
    }

    /** Which item of a field's list shows the model's mapping: 0 is "not imported", then the file's columns. */
    private int choiceFor(ImportColumn column) {
        return model.mappingProperty().get().indexOf(column).map(i -> i + 1).orElse(0);
    }

    /** Every field's list shows the mapping as the model holds it (a new file's guess, a choice undone). */
    private void showMapping() {
        sources.forEach((column, source) -> {
            if (source.getSelectionModel().getSelectedIndex() != choiceFor(column)) {
                source.getSelectionModel().select(choiceFor(column));
            }
        });
    }

    private void build() {
        grid.getChildren().clear();
        sources.clear();
        int row = 0;
        for (ImportColumn column : ImportColumn.values()) {
            boolean required = column == ImportColumn.EMAIL
                    || column == ImportColumn.FIRST_NAME
                    || column == ImportColumn.LAST_NAME;
            Label label = new Label(column.label() + (required ? " *" : ""));
            ComboBox<String> source = new ComboBox<>();
            source.setId("map-" + column.header());
            source.getItems().add(NOT_IMPORTED);
            source.getItems().addAll(model.headers());
            source.setMaxWidth(Double.MAX_VALUE);
            sources.put(column, source);
            source.getSelectionModel().select(choiceFor(column));
            Label sample = new Label();
            sample.getStyleClass().add("text-muted");
            sample.textProperty()
                    .bind(Bindings.createStringBinding(() -> model.sampleFor(column), model.mappingProperty()));
            source.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
                if (now.intValue() >= 0 && now.intValue() != choiceFor(column)) {
                    model.map(column, now.intValue() == 0 ? null : now.intValue() - 1);
                }
            });
            grid.addRow(row++, label, source, sample);
        }
    }
}
