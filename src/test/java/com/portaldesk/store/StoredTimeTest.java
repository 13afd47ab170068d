package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The audit chain's hashes cover times as Instant.toString writes them; the fast writer must never differ. */
@Tag("plain")
class StoredTimeTest {
    @Test
    void iso_writesExactlyWhatInstantToStringWrites() {
        Random random = new Random(11);
        long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long seconds = from + (long) (random.nextDouble() * (to - from));
            int nanos = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(StoredTime.iso(instant)).isEqualTo(instant.toString());
        }
        for (String edge : new String[] {
            "1970-01-01T00:00:00Z",
            "2026-12-31T23:59:59.999999Z",
            "9999-12-31T23:59:59Z",
            "1000-01-01T00:00:00.100Z",
            "0999-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z",
            "2024-02-29T12:00:00.000001Z"
        }) {
            Instant instant = Instant.parse(edge);
            assertThat(StoredTime.iso(instant)).isEqualTo(instant.toString()).isEqualTo(edge);
        }
    }
}
