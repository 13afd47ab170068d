package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("plain")
class EmailTest {

    @ParameterizedTest
    @CsvSource({
        "jane@example.com, jane@example.com",
        "'  Jane.Doe@Example.COM  ', jane.doe@example.com",
        "o'brien+tax@mail.example.co.uk, o'brien+tax@mail.example.co.uk",
        "a_b-c.d@sub-domain.example.org, a_b-c.d@sub-domain.example.org",
    })
    void constructor_acceptsAndNormalises(String raw, String expected) {
        assertThat(new Email(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "plain",
                "@example.com",
                "jane@",
                "jane@localhost",
                "jane@example.",
                "jane@.example.com",
                "jane doe@example.com",
                "Jane <jane@example.com>",
                "jane@example.com, bob@example.com",
                "jane@@example.com",
                "jane@exa_mple.com",
                "jane@-example.com",
                "jane@example..com",
                "jäne@example.com",
                "jane@exämple.com",
                "jane\u202e@example.com",
                "jane\n@example.com",
                "'; drop table contact; --@x.com"
            })
    void constructor_refusesInvalid(String raw) {
        assertThatThrownBy(() -> new Email(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Email.MESSAGE_CONSTRAINTS);
    }

    @Test
    void constructor_refusesOverlongAddress() {
        String local = "a".repeat(65);
        assertThat(Email.isValid(local + "@example.com")).isFalse();
        assertThat(Email.isValid("a@" + "b".repeat(250) + ".com")).isFalse();
        assertThat(Email.isValid("x".repeat(10_000))).isFalse();
    }

    @Test
    void masked_hidesLocalPart() {
        assertThat(new Email("jane@example.com").masked()).isEqualTo("j•••@example.com");
    }
}
