package com.portaldesk.ui.staff;

import com.portaldesk.insights.Insight;
import com.portaldesk.insights.InsightKind;
import com.portaldesk.ui.common.UiPart;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Insights tab: one entry per client (or reason), its kind and how often in bold, then what to do, wrapped so
 * the whole sentence is read.
 */
public final class InsightsView extends UiPart<BorderPane> {
    @FXML
    private ComboBox<Integer> period;

    @FXML
    private Label insightsStatus;

    @FXML
    private ListView<Insight> insightsList;

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
        period.valueProperty()
                .addListener((obs, old, now) -> model.daysProperty().set(now));
        insightsStatus.textProperty().bind(model.statusProperty());
        insightsList.setItems(model.rows());
        insightsList.setCellFactory(list -> new InsightCell(list));
    }

    /** Each time the tab is opened: the newest failures, not those of an hour ago. */
    public void refresh() {
        model.load();
    }

    @FXML
    private void onRefresh() {
        model.load();
    }

    /** "3 times"; for contacts who cannot sign in, "12 contacts". */
    static String howOften(Insight insight) {
        long count = insight.count();
        return String.format("%,d", count)
                + (insight.kind() == InsightKind.NOT_READY
                        ? (count == 1 ? " contact" : " contacts")
                        : (count == 1 ? " time" : " times"));
    }

    /** "Repeated SSN mismatches · Alice Pauline · 3 times", then the next step. */
    private static final class InsightCell extends ListCell<Insight> {
        private final Label heading = new Label();
        private final Label nextStep = new Label();
        private final VBox card = new VBox(4, heading, nextStep);

        InsightCell(ListView<Insight> list) {
            heading.getStyleClass().add("text-bold");
            heading.setWrapText(true);
            nextStep.setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(18));
            setMaxWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Insight insight, boolean empty) {
            super.updateItem(insight, empty);
            if (empty || insight == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            heading.setText(insight.kind().title() + "  ·  " + insight.subject() + "  ·  " + howOften(insight));
            nextStep.setText(insight.nextStep());
            setGraphic(card);
            setAccessibleText(heading.getText() + ". " + insight.nextStep());
        }
    }
}
