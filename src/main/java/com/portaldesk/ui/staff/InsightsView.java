package com.portaldesk.ui.staff;

import com.portaldesk.insights.Insight;
import com.portaldesk.ui.common.UiPart;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/** The Insights tab: what to do about sign-in trouble, one row per client or reason. */
public final class InsightsView extends UiPart<BorderPane> {
    @FXML private ComboBox<Integer> period;
    @FXML private Label insightsStatus;
    @FXML private TableView<Insight> insightsTable;
    @FXML private TableColumn<Insight, String> kindColumn;
    @FXML private TableColumn<Insight, String> subjectColumn;
    @FXML private TableColumn<Insight, String> countColumn;
    @FXML private TableColumn<Insight, String> nextStepColumn;

    private final InsightsViewModel model;

    public InsightsView(InsightsViewModel model) {
        this.model = model;
        period.getItems().setAll(InsightsViewModel.PERIODS);
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer days) {
                return days == null ? "" : "Last " + days + " days";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        period.setValue(model.daysProperty().get());
        period.valueProperty().addListener((obs, old, now) -> model.daysProperty().set(now));
        insightsStatus.textProperty().bind(model.statusProperty());
        insightsTable.setItems(model.rows());
        Columns.text(kindColumn, insight -> insight.kind().title());
        Columns.text(subjectColumn, Insight::subject);
        Columns.text(countColumn, insight -> Long.toString(insight.count()));
        Columns.text(nextStepColumn, Insight::nextStep);
        // The next step is the point of the row: it wraps instead of ending in "…".
        nextStepColumn.setCellFactory(column -> new TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(column.widthProperty().subtract(12));
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
    }

    /** Each time the tab is opened: the newest failures, not those of an hour ago. */
    public void refresh() {
        model.load();
    }

    @FXML
    private void onRefresh() {
        model.load();
    }
}
