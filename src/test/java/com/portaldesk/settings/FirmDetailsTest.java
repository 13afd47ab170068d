package com.portaldesk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The firm's name and phone go into every code message a client gets, so they are checked like client data: nothing
 * that hides or reorders text, nothing a phone turns into a link, no number that charges the caller.
 */
@Tag("plain")
class FirmDetailsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lee & Co. CPA",
                "Lee and Partners, LLP",
                "Müller Steuerberatung",
                "O'Brien Tax Co.",
                "J. P. Smith, CPA",
                "Smith & Sons (Tax) Inc."
            })
    void ordinaryFirmNames_areAccepted(String name) {
        assertThat(new FirmDetails(name, "").name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lee CPA\u202Egnp.exe",
                "Lee\u200B CPA",
                "Lee\u2066CPA\u2069",
                "Lee\u0007CPA",
                "Lee CPA\u2028Call 900-555-0199",
                "Lee\u2029CPA"
            })
    void hiddenOrDirectionChangingCharacters_areRefused(String name) {
        assertThatThrownBy(() -> new FirmDetails(name, ""))
                .isInstanceOf(FirmDetails.Invalid.class)
                .hasMessageContaining("direction-changing")
                .satisfies(e -> assertThat(((FirmDetails.Invalid) e).part()).isEqualTo(FirmDetails.Part.NAME));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lee CPA https://leecpa-login.example",
                "www.leecpa.com",
                "Lee CPA leecpa.com",
                "help@leecpa.com",
                "Pay at leecpa.co/now",
                "LEECPA.COM",
                "Lee CPA - see lee-cpa-portal.com.",
                "Lee CPA (leecpa.com)!",
                "'leecpa.com'"
            })
    void namesThatPhonesShowAsLinks_areRefused(String name) {
        assertThatThrownBy(() -> new FirmDetails(name, ""))
                .isInstanceOf(FirmDetails.Invalid.class)
                .hasMessageContaining("web or email address");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+1 900 555 0199",
                "(900) 555-0199",
                "+44 909 879 0000",
                "+1 268 464 1234",
                "(876) 555-0100",
                "+881 6 312 34567"
            })
    void numbersThatChargeTheCaller_areRefused(String phone) {
        assertThatThrownBy(() -> new FirmDetails("Lee CPA", phone).checkedIn("US"))
                .isInstanceOf(FirmDetails.Invalid.class)
                .hasMessageMatching("(?s).*(charges the caller|international rates|costly).*")
                .satisfies(e -> assertThat(((FirmDetails.Invalid) e).part()).isEqualTo(FirmDetails.Part.PHONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(415) 555-0100", "+1 800 555 0100", "+44 20 7946 0000"})
    void ordinaryAndTollFreeNumbers_areAccepted(String phone) {
        assertThat(new FirmDetails("Lee CPA", phone).checkedIn("US").phone()).isNotBlank();
    }
}
