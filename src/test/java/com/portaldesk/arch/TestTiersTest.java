package com.portaldesk.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every test class names its tier, so `mvn test -Dgroups=plain` (seconds) or `-DexcludedGroups=fx,process` (no
 * windows, no child processes) runs what a developer means: plain (no database, no toolkit), db (a real database in a
 * temporary folder), postgres (also a PostgreSQL server, skipped without one), fx (a window, headless), process
 * (PortalDesk started as processes of its own).
 */
@Tag("plain")
class TestTiersTest {
    private static final Set<String> TIERS = Set.of("plain", "db", "postgres", "fx", "process");
    private static final Pattern TAG = Pattern.compile("@Tag\\(\"([a-z]+)\"\\)");
    /** A class that runs its parent's cases elsewhere (on PostgreSQL): its own tier, not the one it inherits. */
    private static final Pattern SUBCLASS = Pattern.compile("class \\w+ extends \\w+Test\\b");

    @Test
    void everyTestClass_namesExactlyOneTier() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!source.contains("@Test")
                        && !source.contains("@ParameterizedTest")
                        && !SUBCLASS.matcher(source).find()) {
                    continue;
                }
                List<String> tags = new ArrayList<>();
                Matcher tag = TAG.matcher(source);
                while (tag.find()) {
                    tags.add(tag.group(1));
                }
                if (tags.size() != 1 || !TIERS.contains(tags.get(0))) {
                    wrong.add(file.getFileName() + " " + tags);
                }
            }
        }
        assertThat(wrong).as("tag each with one of " + TIERS).isEmpty();
    }
}
