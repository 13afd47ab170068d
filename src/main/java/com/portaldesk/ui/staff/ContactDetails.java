package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.ui.common.AddressLine;
import com.portaldesk.ui.common.UiPart;
import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The contacts screen's right-hand panel: the selected contact (what {@link ContactPanel} says of them), what can be
 * done to them, and their sign-in history. Binds to the same {@link ContactsViewModel} as the table beside it.
 */
final class ContactDetails extends UiPart<VBox> {
    @FXML
    private Label detailOfSeveral;

    @FXML
    private Label detailName;

    @FXML
    private AddressLine detailEmail;

    @FXML
    private Label detailContact;

    @FXML
    private Label detailReadiness;

    @FXML
    private Button editButton;

    @FXML
    private Button archiveButton;

    @FXML
    private Button portalButton;

    @FXML
    private Label detailFacts;

    @FXML
    private Label detailNotes;

    @FXML
    private Label lockState;

    @FXML
    private Button unlockButton;

    @FXML
    private Button revealButton;

    @FXML
    private ListView<String> historyList;

    private final ContactsViewModel model;
    private final StaffActions actions;

    ContactDetails(ContactsViewModel model, StaffActions actions) {
        this.model = model;
        this.actions = actions;
        showHistory();
        lockState
                .textProperty()
                .bind(Bindings.when(model.lockedProperty())
                        .then("Sign-in is locked after repeated failures.")
                        .otherwise(""));
        lockState.visibleProperty().bind(model.lockedProperty());
        lockState.managedProperty().bind(model.lockedProperty());
        unlockButton.visibleProperty().bind(model.lockedProperty());
        unlockButton.managedProperty().bind(model.lockedProperty());
        model.selectedProperty().addListener((obs, old, now) -> show(now));
        show(null);
        detailOfSeveral
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> ContactListWords.oneOfSeveral(model.checkedRows().size()), model.checkedRows()));
        detailOfSeveral.visibleProperty().bind(detailOfSeveral.textProperty().isNotEmpty());
        detailOfSeveral.managedProperty().bind(detailOfSeveral.visibleProperty());
    }

    private void showHistory() {
        historyList.setItems(model.history());
        Label noHistory = new Label("No sign-in activity yet.");
        noHistory.setWrapText(true);
        historyList.setPlaceholder(noHistory);
        historyList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                // Tall enough for the whole wrapped line: a client's change request note must not be cut off.
                setMinHeight(Region.USE_PREF_SIZE);
                prefWidthProperty().bind(list.widthProperty().subtract(18));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty ? null : new Tooltip(item));
            }
        });
    }

    private void show(ContactRecord contact) {
        ContactPanel panel = ContactPanel.of(contact, model.mayReveal(), ZoneId.systemDefault(), Locale.getDefault());
        editButton.setVisible(panel.selected());
        portalButton.setVisible(panel.selected());
        archiveButton.setVisible(panel.selected());
        editButton.setDisable(!panel.selected());
        portalButton.setDisable(!panel.portalChangeable());
        archiveButton.setDisable(!panel.selected());
        archiveButton.setText(panel.archiveLabel());
        revealButton.setVisible(panel.canReveal());
        revealButton.setManaged(panel.canReveal());
        portalButton.setText(panel.portalLabel());
        detailName.setText(panel.name());
        detailEmail.setAddress(panel.email());
        detailContact.setText(panel.contact());
        detailReadiness.setText(panel.readiness());
        detailReadiness.getStyleClass().setAll("label", panel.readinessStyle());
        detailFacts.setText(panel.facts());
        detailNotes.setText(panel.notes());
        detailNotes.setManaged(!panel.notes().isBlank()); // no empty gap where there are no notes
    }

    @FXML
    private void onEdit() {
        if (model.selectedProperty().get() != null) {
            actions.editContact(model.selectedProperty().get());
        }
    }

    @FXML
    private void onArchive() {
        model.archiveSelected();
    }

    @FXML
    private void onTogglePortal() {
        model.togglePortalAccessOfSelected();
    }

    @FXML
    private void onUnlock() {
        model.unlockSelected();
    }

    @FXML
    private void onReveal() {
        model.revealSelected();
    }
}
