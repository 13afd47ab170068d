package com.portaldesk.ui.staff;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactConflictException;
import com.portaldesk.contacts.ContactException;
import com.portaldesk.contacts.ContactField;
import com.portaldesk.contacts.ContactInput;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactValidator;
import com.portaldesk.contacts.Language;
import com.portaldesk.contacts.SecretKind;
import com.portaldesk.ui.common.Work;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit form: one property per field and one message per field. Validation runs on every change
 * with the same validator the service uses, so the message beside a field is exactly what Save would say.
 */
public final class ContactFormViewModel {
    private final ContactEditor contacts;
    private final Work background;
    private final Optional<ContactRecord> editing;
    private final Map<ContactField, StringProperty> values = new EnumMap<>(ContactField.class);
    private final Map<ContactField, StringProperty> errors = new EnumMap<>(ContactField.class);
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(null);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final BooleanProperty portalAccess = new SimpleBooleanProperty(true);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final StringProperty formError = new SimpleStringProperty("");
    private final Map<ContactField, Boolean> touched = new EnumMap<>(ContactField.class);

    public ContactFormViewModel(ContactEditor contacts, Work background, Optional<ContactRecord> editing) {
        this.contacts = contacts;
        this.background = background;
        this.editing = editing;
        for (ContactField field : ContactField.values()) {
            values.put(field, new SimpleStringProperty(""));
            errors.put(field, new SimpleStringProperty(""));
            values.get(field).addListener((obs, old, now) -> {
                touched.put(field, true);
                validate(false);
            });
        }
        editing.ifPresent(this::load);
        channel.addListener((obs, old, now) -> validate(false));
        asOpened = whatIsOnTheForm();
    }

    /** The form as it was opened, to tell whether closing it would throw away something typed. */
    private final List<Object> asOpened;

    private List<Object> whatIsOnTheForm() {
        List<Object> form = new ArrayList<>();
        values.values().forEach(value -> form.add(value.get()));
        form.add(channel.get());
        form.add(language.get());
        form.add(portalAccess.get());
        return form;
    }

    /** True when something on the form differs from what it opened with. */
    public boolean hasChanges() {
        return !whatIsOnTheForm().equals(asOpened);
    }

    private void load(ContactRecord record) {
        values.get(ContactField.FIRST_NAME).set(record.firstName());
        values.get(ContactField.LAST_NAME).set(record.lastName());
        values.get(ContactField.EMAIL).set(record.email());
        values.get(ContactField.MOBILE).set(record.mobileDisplay());
        values.get(ContactField.NOTES).set(record.notes());
        channel.set(record.channel());
        language.set(record.language());
        portalAccess.set(record.portalAccess());
        touched.clear();
    }

    public boolean isEditing() {
        return editing.isPresent();
    }

    /** What the SSN field says while empty: how to fill it, or what is on file and that empty keeps it. */
    public String ssnPrompt() {
        return editing.filter(r -> r.secretKind() == SecretKind.FULL_SSN || r.secretKind() == SecretKind.SSN_LAST4)
                .map(r -> "On file: " + r.maskedSecret() + " (leave empty to keep)")
                .orElse("123-45-6789, or the last four");
    }

    public String pinPrompt() {
        return editing.filter(r -> r.secretKind() == SecretKind.PIN)
                .map(r -> "PIN set (leave empty to keep)")
                .orElse("If there is no SSN"); // whole in the field; its label says the rest
    }

    public void generatePin() {
        String email = values.get(ContactField.EMAIL).get();
        background.then(
                () -> contacts.suggestPin(email),
                pin -> values.get(ContactField.PIN).set(pin.digits()),
                error -> formError.set(error.getMessage()));
    }

    ContactInput input() {
        return new ContactInput(
                value(ContactField.FIRST_NAME),
                value(ContactField.LAST_NAME),
                value(ContactField.EMAIL),
                value(ContactField.MOBILE),
                value(ContactField.SSN),
                value(ContactField.PIN),
                channel.get() == null ? "" : channel.get().name(),
                portalAccess.get(),
                value(ContactField.NOTES),
                language.get() == null ? "" : language.get().tag());
    }

    private String value(ContactField field) {
        return values.get(field).get() == null ? "" : values.get(field).get();
    }

    /** Shows messages for fields the user has touched, or for all of them when {@code all} is true. */
    public boolean validate(boolean all) {
        ContactValidator.Result result = contacts.validator().validate(input());
        for (ContactField field : ContactField.values()) {
            boolean show = all || touched.getOrDefault(field, false) || field == ContactField.CHANNEL;
            errors.get(field).set(show ? result.errors().getOrDefault(field, "") : "");
        }
        if (result.isValid()) {
            formError.set("");
        }
        return result.isValid();
    }

    /** Saves off the FX thread; on success hands the saved contact to {@code onSaved}. */
    public void save(Consumer<ContactRecord> onSaved) {
        if (!validate(true) || saving.get()) {
            formError.set(saving.get() ? "" : "Fix the fields marked in red, then save again.");
            return;
        }
        ContactInput input = input();
        saving.set(true);
        background.then(
                () -> editing.isPresent() ? contacts.update(editing.get().id(), input) : contacts.add(input),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                },
                this::failed);
    }

    private void failed(Throwable error) {
        saving.set(false);
        if (error instanceof ContactException refused) {
            refused.fieldErrors().forEach((field, message) -> errors.get(field).set(message));
            formError.set(
                    error instanceof ContactConflictException
                            ? error.getMessage()
                            : "Fix the fields marked in red, then save again.");
        } else {
            formError.set("Not saved: " + error.getMessage() + " Your entries are still here; try again.");
        }
    }

    public StringProperty valueProperty(ContactField field) {
        return values.get(field);
    }

    public StringProperty errorProperty(ContactField field) {
        return errors.get(field);
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty portalAccessProperty() {
        return portalAccess;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }
}
