package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class HmacTest {
    @Test
    void matchesRfc4231_testCase2_whetherGivenWholeOrInParts() {
        var key = Hmac.key("Jefe".getBytes(StandardCharsets.US_ASCII));
        String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assertThat(HexFormat.of().formatHex(Hmac.sha256(key, "what do ya want for nothing?")))
                .isEqualTo(expected);
        assertThat(HexFormat.of()
                        .formatHex(Hmac.sha256(
                                key,
                                "what do ya ".getBytes(StandardCharsets.US_ASCII),
                                "want for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(expected);
    }
}
