package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactConflictException;
import com.portaldesk.contacts.ContactField;
import com.portaldesk.contacts.ContactInput;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactValidator;
import com.portaldesk.contacts.Language;
import com.portaldesk.contacts.Pin;
import com.portaldesk.ui.common.Work;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The contact dialog's logic on a fake {@link ContactEditor}: the real rules, no database, no FX toolkit. */
@Tag("plain")
class ContactFormViewModelTest {
    private final FakeEditor editor = new FakeEditor();
    private final ContactFormViewModel form = new ContactFormViewModel(editor, Work.direct(), Optional.empty());
    private final AtomicReference<ContactRecord> saved = new AtomicReference<>();

    private void fillAlice() {
        form.valueProperty(ContactField.FIRST_NAME).set("Alice");
        form.valueProperty(ContactField.LAST_NAME).set("Pauline");
        form.valueProperty(ContactField.EMAIL).set("alice@example.com");
        form.valueProperty(ContactField.MOBILE).set("(212) 555-0101");
        form.valueProperty(ContactField.SSN).set("371-82-6879");
        form.channelProperty().set(Channel.SMS);
    }

    @Test
    void onlyFieldsTypedIn_showTheirProblems_untilSaveIsPressed() {
        form.valueProperty(ContactField.EMAIL).set("alice@");
        assertThat(form.errorProperty(ContactField.EMAIL).get()).isNotEmpty();
        assertThat(form.errorProperty(ContactField.LAST_NAME).get())
                .as("not typed in yet")
                .isEmpty();
        form.save(saved::set);
        assertThat(form.errorProperty(ContactField.LAST_NAME).get()).isNotEmpty();
        assertThat(form.formErrorProperty().get()).isEqualTo("Fix the fields marked in red, then save again.");
        assertThat(editor.added).isEmpty();
    }

    @Test
    void aGoodContact_isSaved_andHandedOn() {
        fillAlice();
        form.save(saved::set);
        assertThat(editor.added)
                .singleElement()
                .satisfies(input -> assertThat(input.email()).isEqualTo("alice@example.com"));
        assertThat(saved.get().firstName()).isEqualTo("Alice");
        assertThat(form.savingProperty().get()).isFalse();
    }

    @Test
    void aDuplicate_isSaidBesideItsField_andNothingTypedIsLost() {
        fillAlice();
        editor.conflict = true;
        form.save(saved::set);
        assertThat(form.errorProperty(ContactField.EMAIL).get()).isEqualTo("Another contact has this email.");
        assertThat(form.formErrorProperty().get()).isNotEmpty();
        assertThat(form.valueProperty(ContactField.SSN).get()).isEqualTo("371-82-6879");
        assertThat(saved.get()).isNull();
    }

    @Test
    void aSuggestedPin_fillsThePinField() {
        form.valueProperty(ContactField.EMAIL).set("bob@example.com");
        form.generatePin();
        assertThat(form.valueProperty(ContactField.PIN).get()).isEqualTo("4821");
    }

    private static final class FakeEditor implements ContactEditor {
        final List<ContactInput> added = new ArrayList<>();
        boolean conflict;

        @Override
        public ContactValidator validator() {
            return new ContactValidator("US");
        }

        @Override
        public Pin suggestPin(String email) {
            return new Pin("4821");
        }

        @Override
        public ContactRecord add(ContactInput input) {
            if (conflict) {
                throw new ContactConflictException(
                        "A contact with this email already exists.",
                        Map.of(ContactField.EMAIL, "Another contact has this email."));
            }
            added.add(input);
            return new ContactRecord(
                    UUID.randomUUID(),
                    input.firstName(),
                    input.lastName(),
                    input.email(),
                    "",
                    "",
                    null,
                    "•6879",
                    Channel.SMS,
                    true,
                    false,
                    null,
                    "",
                    Instant.EPOCH,
                    Instant.EPOCH,
                    null,
                    Language.ENGLISH);
        }

        @Override
        public ContactRecord update(UUID id, ContactInput input) {
            throw new AssertionError("a new contact is added, not updated");
        }
    }
}
