package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.ContactBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class ContactValidatorTest {
    private final ContactValidator validator = new ContactValidator("US");

    @Test
    void validate_reportsEveryBadFieldAtOnce() {
        ContactValidator.Result result = validator.validate(new ContactBuilder()
                .withName("", "")
                .withEmail("nope")
                .withMobile("12")
                .withSsn("12a4")
                .withChannel("fax")
                .build());
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors())
                .containsKeys(
                        ContactField.LAST_NAME,
                        ContactField.EMAIL,
                        ContactField.MOBILE,
                        ContactField.SSN,
                        ContactField.CHANNEL);
    }

    @Test
    void validate_refusesControlAndBidiCharactersInNames() {
        assertThat(validator
                        .validate(
                                new ContactBuilder().withName("Eve\u0000", "X").build())
                        .errors())
                .containsKey(ContactField.FIRST_NAME);
        assertThat(validator
                        .validate(new ContactBuilder()
                                .withName("Eve", "\u202eevil")
                                .build())
                        .errors())
                .containsKey(ContactField.LAST_NAME);
        assertThat(validator
                        .validate(
                                new ContactBuilder().withName("Zo\u200Be", "X").build())
                        .errors())
                .containsKey(ContactField.FIRST_NAME);
    }

    @Test
    void validate_acceptsAccentsAndNormalisesToNfc() {
        ContactValidator.Result result = validator.validate(
                new ContactBuilder().withName("Zoe\u0308", "Müller").build());
        assertThat(result.isValid()).isTrue();
        assertThat(result.details().orElseThrow().firstName()).isEqualTo("Zoë");
    }

    @Test
    void validate_refusesAbsurdLengthsWithTheLimit() {
        ContactValidator.Result result = validator.validate(new ContactBuilder()
                .withName("A".repeat(1_000_000), "B")
                .withNotes("n".repeat(2001))
                .build());
        assertThat(result.errors().get(ContactField.FIRST_NAME)).contains("At most 100 characters");
        assertThat(result.errors().get(ContactField.NOTES)).contains("At most 2000 characters");
    }

    @Test
    void validate_refusesSsnAndPinTogether() {
        assertThat(validator
                        .validate(new ContactBuilder().withPin("1234").build())
                        .errors())
                .containsKey(ContactField.PIN);
    }

    @Test
    void validate_choosesTextWhenThereIsAMobileElseEmail() {
        assertThat(validator
                        .validate(new ContactBuilder().build())
                        .details()
                        .orElseThrow()
                        .channel())
                .isEqualTo(Channel.SMS);
        assertThat(validator
                        .validate(new ContactBuilder().withMobile("").build())
                        .details()
                        .orElseThrow()
                        .channel())
                .isEqualTo(Channel.EMAIL);
    }
}
