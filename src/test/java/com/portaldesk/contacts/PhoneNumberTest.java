package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("plain")
class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "'(415) 555-0123', +14155550123",
        "415.555.0123, +14155550123",
        "+1 415 555 0123, +14155550123",
        "1-415-555-0123, +14155550123",
        "+44 7400 123456, +447400123456",
        "+1 604 555 0199, +16045550199",
    })
    void parse_storesE164(String raw, String e164) {
        assertThat(PhoneNumber.parse(raw, "US").e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "12",
                "555-0123",
                "(415) 555-01234567",
                "not a number",
                "+999 123 456",
                "٤١٥٥٥٥٠١٢٣",
                "４１５５５５０１２３",
                "415-555-0123; drop table contact"
            })
    void parse_refusesInvalid(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, "US"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PhoneNumber.MESSAGE_CONSTRAINTS);
    }

    @Test
    void parse_refusesKnownLandline() {
        // A UK geographic (fixed-line) number: libphonenumber knows it cannot take a text message.
        assertThatThrownBy(() -> PhoneNumber.parse("+44 20 7946 0958", "US")).hasMessage(PhoneNumber.LANDLINE_MESSAGE);
    }

    @Test
    void parse_refusesAbsurdLength() {
        assertThatThrownBy(() -> PhoneNumber.parse("1".repeat(10_000), "US"))
                .hasMessage(PhoneNumber.MESSAGE_CONSTRAINTS);
    }

    @Test
    void display_isNationalAtHomeAndInternationalAbroad() {
        assertThat(PhoneNumber.parse("4155550123", "US").display("US")).isEqualTo("(415) 555-0123");
        assertThat(PhoneNumber.parse("+447400123456", "US").display("US")).isEqualTo("+44 7400 123456");
    }

    @Test
    void parse_usesDefaultRegionForNationalNumbers() {
        assertThat(PhoneNumber.parse("07400 123456", "GB").e164()).isEqualTo("+447400123456");
    }
}
