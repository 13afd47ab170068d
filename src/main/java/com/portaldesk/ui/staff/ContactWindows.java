package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The windows the contacts list opens over the staff window: a contact's form, the import wizard, an export. */
final class ContactWindows implements StaffActions {
    private final Stage stage;
    private final StaffDesks desks;
    private final Background background;
    private final DialogService dialogs;
    private final ContactsViewModel contacts;
    private final Supplier<Actor> actor;

    ContactWindows(
            Stage stage,
            StaffDesks desks,
            Background background,
            DialogService dialogs,
            ContactsViewModel contacts,
            Supplier<Actor> actor) {
        this.stage = stage;
        this.desks = desks;
        this.background = background;
        this.dialogs = dialogs;
        this.contacts = contacts;
        this.actor = actor;
    }

    @Override
    public void addContact() {
        openForm(Optional.empty());
    }

    @Override
    public void editContact(ContactRecord contact) {
        openForm(Optional.of(contact));
    }

    private void openForm(Optional<ContactRecord> contact) {
        ContactFormViewModel form = new ContactFormViewModel(desks.contactEditor(actor.get()), background, contact);
        new ContactDialog(form, contacts::saved).show(stage);
    }

    @Override
    public void importContacts() {
        ImportWizardViewModel wizard =
                new ImportWizardViewModel(desks.contactImporter(actor.get()), background, Platform::runLater, dialogs);
        wizard.setOnImported(contacts::refresh);
        new ImportWizard(wizard).show(stage);
    }

    @Override
    public void exportContacts(ContactQuery query) {
        dialogs.chooseCsvToSave("Export contacts", "contacts-" + LocalDate.now() + ".csv")
                .ifPresent(target -> background.run(
                        () -> desks.exportContacts(query, target, actor.get()),
                        count -> contacts.noticeProperty()
                                .set(String.format(
                                        "Exported %,d contacts to %s (no SSN digits).", count, target.getFileName())),
                        error -> dialogs.showError("Export failed", error.getMessage())));
    }
}
