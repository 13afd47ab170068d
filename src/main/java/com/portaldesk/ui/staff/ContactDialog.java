package com.portaldesk.ui.staff;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactField;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Language;
import com.portaldesk.ui.common.FxDialogService;
import com.portaldesk.ui.common.UiPart;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The add/edit contact window: binds to {@link ContactFormViewModel} and does nothing else. */
public final class ContactDialog extends UiPart<VBox> {
    @FXML
    private Label heading;

    @FXML
    private TextField firstName;

    @FXML
    private Label firstNameError;

    @FXML
    private TextField lastName;

    @FXML
    private Label lastNameError;

    @FXML
    private TextField email;

    @FXML
    private Label emailError;

    @FXML
    private TextField mobile;

    @FXML
    private Label mobileError;

    @FXML
    private PasswordField ssn;

    @FXML
    private Label ssnError;

    @FXML
    private TextField ssnShown;

    @FXML
    private ToggleButton showSsn;

    @FXML
    private TextField pin;

    @FXML
    private Label pinError;

    @FXML
    private Button generatePin;

    @FXML
    private ComboBox<Channel> channel;

    @FXML
    private Label channelError;

    @FXML
    private ComboBox<Language> language;

    @FXML
    private CheckBox portalAccess;

    @FXML
    private TextArea notes;

    @FXML
    private Label notesError;

    @FXML
    private Label formError;

    @FXML
    private Button save;

    private final ContactFormViewModel model;
    private final Consumer<ContactRecord> onSaved;
    private Stage stage;

    public ContactDialog(ContactFormViewModel model, Consumer<ContactRecord> onSaved) {
        this.model = model;
        this.onSaved = onSaved;
        heading.setText(model.isEditing() ? "Edit contact" : "New contact");
        bind(firstName, firstNameError, ContactField.FIRST_NAME);
        bind(lastName, lastNameError, ContactField.LAST_NAME);
        bind(email, emailError, ContactField.EMAIL);
        bind(mobile, mobileError, ContactField.MOBILE);
        bind(ssn, ssnError, ContactField.SSN);
        ssnError.textProperty()
                .addListener((obs, old, now) ->
                        ssnShown.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
        bind(pin, pinError, ContactField.PIN);
        bind(notes, notesError, ContactField.NOTES);
        ssn.setPromptText(model.ssnPrompt());
        ssnShown.setPromptText(model.ssnPrompt());
        ssnShown.textProperty().bindBidirectional(model.valueProperty(ContactField.SSN));
        pin.setPromptText(model.pinPrompt());
        channel.getItems().setAll(Channel.values());
        channel.setCellFactory(list -> new ChannelCell());
        channel.setButtonCell(new ChannelCell());
        channel.valueProperty().bindBidirectional(model.channelProperty());
        bindError(channelError, ContactField.CHANNEL);
        language.getItems().setAll(Language.values());
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.valueProperty().bindBidirectional(model.languageProperty());
        portalAccess.selectedProperty().bindBidirectional(model.portalAccessProperty());
        formError.textProperty().bind(model.formErrorProperty());
        formError.visibleProperty().bind(model.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        save.disableProperty().bind(model.savingProperty());
        generatePin.disableProperty().bind(model.savingProperty());
        // A refused save leaves the keyboard at the first field to fix, not on Save.
        model.savingProperty().addListener((obs, was, saving) -> {
            if (!saving) {
                firstWrong().ifPresent(Node::requestFocus);
            }
        });
    }

    /** The first field, top to bottom, that carries an error now. */
    private Optional<Node> firstWrong() {
        Map<ContactField, Node> inOrder = new LinkedHashMap<>();
        inOrder.put(ContactField.FIRST_NAME, firstName);
        inOrder.put(ContactField.LAST_NAME, lastName);
        inOrder.put(ContactField.EMAIL, email);
        inOrder.put(ContactField.MOBILE, mobile);
        inOrder.put(ContactField.SSN, ssn.isVisible() ? ssn : ssnShown);
        inOrder.put(ContactField.PIN, pin);
        inOrder.put(ContactField.CHANNEL, channel);
        inOrder.put(ContactField.NOTES, notes);
        return inOrder.entrySet().stream()
                .filter(e -> !model.errorProperty(e.getKey()).get().isEmpty())
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private void bind(TextInputControl field, Label error, ContactField name) {
        field.textProperty().bindBidirectional(model.valueProperty(name));
        bindError(error, name);
        error.textProperty()
                .addListener((obs, old, now) ->
                        field.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
    }

    /**
     * The error sits in room kept for it (two lines of its font, at any text size), so a message appearing or going
     * away never moves the fields below it while someone is typing; a longer message grows the room and is read
     * whole, never cut to "…".
     */
    private void bindError(Label error, ContactField name) {
        error.minHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.ceil(error.getFont().getSize() * ERROR_LINES), error.fontProperty()));
        error.setAlignment(Pos.TOP_LEFT);
        error.textProperty().bind(model.errorProperty(name));
    }

    /** Two lines of the error font, with the line spacing JavaFX draws them at. */
    private static final double ERROR_LINES = 2 * 1.35;

    /** The SSN typed so far, in plain digits while "Show" is pressed (the same text in either field). */
    @FXML
    private void onShowSsn() {
        boolean shown = showSsn.isSelected();
        ssnShown.setVisible(shown);
        ssn.setVisible(!shown);
        showSsn.setText(shown ? "Hide" : "Show");
        (shown ? ssnShown : ssn).requestFocus();
        (shown ? ssnShown : ssn).end();
    }

    public void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.getProperties().put(OwnedWindows.COMES_BACK, Boolean.TRUE); // hidden by the idle lock, not lost
        stage.setTitle(model.isEditing() ? "Edit contact" : "New contact");
        Scene scene = new Scene(getRoot());
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        DialogSize.fitToScreen(stage, owner, 660, 660);
        // Asked only when the person closes the window: a hide by the program (the idle lock) may also arrive here as
        // a close request on some platforms, after the window already stopped showing, and must pass untouched.
        stage.setOnCloseRequest(event -> {
            if (stage.isShowing() && !mayDiscard()) {
                event.consume();
            }
        });
        stage.show();
        firstName.requestFocus();
    }

    @FXML
    private void onSave() {
        model.save(saved -> {
            onSaved.accept(saved);
            close();
        });
        if (!model.savingProperty().get()) { // refused before it was sent: the form's own checks
            firstWrong().ifPresent(Node::requestFocus);
        }
    }

    @FXML
    private void onCancel() {
        if (mayDiscard()) {
            close();
        }
    }

    /** Closing a form with something typed in it asks first: a stray Escape must not lose a client's details. */
    private boolean mayDiscard() {
        return !model.hasChanges()
                || new FxDialogService(stage)
                        .confirm(
                                model.isEditing() ? "Discard your changes?" : "Discard this new contact?",
                                "What you typed on this form is not saved.",
                                "Discard",
                                "Keep editing");
    }

    @FXML
    private void onGeneratePin() {
        model.generatePin();
    }

    private void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private static final class LanguageCell extends ListCell<Language> {
        @Override
        protected void updateItem(Language item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }

    private static final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
