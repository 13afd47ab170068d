package com.portaldesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file, read as raw bytes after the database is closed, must hold no SSN and no last four. */
@Tag("db")
class AtRestScanTest {
    @TempDir
    Path dataDir;

    @Test
    void databaseFiles_holdNoSsnOrLastFourInAnyEncoding() throws Exception {
        try (AppContext context = TestDatabase.open(dataDir)) {
            TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
            context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName("Pia", "Nord")
                                    .withEmail("pia@example.com")
                                    .withMobile("")
                                    .withSsn("")
                                    .withPin("5183")
                                    .build(),
                            TestActor.STAFF);
        }
        List<String> secrets = List.of(
                "371826879", "371-82-6879", "371 82 6879", "6879", "287654321", "287-65-4321", "4321", "7351", "5183");
        byte[] everything = allDatabaseBytes();
        assertThat(everything.length).isGreaterThan(1000);
        for (String secret : secrets) {
            assertThat(indexOf(everything, secret.getBytes(StandardCharsets.UTF_8)))
                    .as("UTF-8 '%s' in the database files", secret)
                    .isEqualTo(-1);
            assertThat(indexOf(everything, secret.getBytes(StandardCharsets.UTF_16BE)))
                    .as("UTF-16 '%s' in the database files", secret)
                    .isEqualTo(-1);
        }
        // The scan can fail: the names that were stored in plain text are found.
        assertThat(indexOf(everything, "Pauline".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(-1);
    }

    private byte[] allDatabaseBytes() throws Exception {
        List<byte[]> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("portaldesk.")
                            && !f.getFileName().toString().endsWith(".key"))
                    .toList()) {
                parts.add(Files.readAllBytes(file));
            }
        }
        int size = parts.stream().mapToInt(p -> p.length).sum();
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
