package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("plain")
class SsnTest {

    @ParameterizedTest
    @CsvSource({
        "123-45-6789, 123456789, 6789, true",
        "123 45 6789, 123456789, 6789, true",
        "123456789, 123456789, 6789, true",
        "' 6789 ', 6789, 6789, false",
        "0001, 0001, 0001, false",
    })
    void constructor_acceptsFullOrLastFour(String raw, String digits, String lastFour, boolean full) {
        Ssn ssn = new Ssn(raw);
        assertThat(ssn.digits()).isEqualTo(digits);
        assertThat(ssn.lastFour()).isEqualTo(lastFour);
        assertThat(ssn.isFull()).isEqualTo(full);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12a4",
                "123",
                "12345",
                "12345678",
                "1234567890",
                "123-456-789",
                "123.45.6789",
                "123-45 6789",
                "١٢٣٤",
                "１２３４",
                "12 34",
                "-1234",
                "' or 1=1 --"
            })
    void constructor_refusesMalformed(String raw) {
        assertThatThrownBy(() -> new Ssn(raw)).hasMessage(Ssn.MESSAGE_CONSTRAINTS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000", "0000"
            })
    void constructor_refusesNumbersNeverIssued(String raw) {
        assertThatThrownBy(() -> new Ssn(raw)).hasMessage(Ssn.NEVER_ISSUED_MESSAGE);
    }

    @Test
    void toString_masksAllButLastFour() {
        Ssn ssn = new Ssn("123-45-6789");
        assertThat(ssn.toString())
                .isEqualTo("•••-••-6789")
                .doesNotContain("123")
                .doesNotContain("45");
        assertThat(ssn.masked()).isEqualTo("•••-••-6789");
    }

    @Test
    void pin_acceptsFourDigitsAndMasks() {
        assertThat(new Pin("0420").digits()).isEqualTo("0420");
        assertThat(new Pin("0420").toString()).doesNotContain("0420");
        assertThatThrownBy(() -> new Pin("0000")).hasMessage(Pin.MESSAGE_CONSTRAINTS);
        assertThatThrownBy(() -> new Pin("12a4")).hasMessage(Pin.MESSAGE_CONSTRAINTS);
        assertThatThrownBy(() -> new Pin("12345")).hasMessage(Pin.MESSAGE_CONSTRAINTS);
        assertThat(Pin.random().digits()).matches("[0-9]{4}").isNotEqualTo("0000");
    }
}
