package com.portaldesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("plain")
class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B, SHA-1 column (8 digits). */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void code_matchesTheRfc6238TestVectors(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_SECRET, step, 8, "HmacSHA1")).isEqualTo(expected);
    }

    @Test
    void matchingStep_acceptsOneStepOfDriftAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now))
                .hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12a456", now)).isEmpty();
    }

    @Test
    void uri_isWhatAuthenticatorAppsRead() {
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.uri("PortalDesk", "ann", RFC_SECRET))
                .isEqualTo("otpauth://totp/PortalDesk:ann?secret="
                        + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=PortalDesk&algorithm=SHA1&digits=6&period=30");
    }
}
