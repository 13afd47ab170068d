package com.portaldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A label names its field for a screen reader (and gives it focus on a click) only when its {@code labelFor} is
 * set. FXML resolves {@code labelFor="$field"} when it reads the attribute, so a field declared after its label,
 * as a form usually has it, comes out as no field at all, silently. Our screens declare the field inside the
 * label's {@code <labelFor>} and place it with {@code <fx:reference>}; this keeps them that way.
 */
@Tag("plain")
class FxmlLabelsTest {
    private static final Path SCREENS = Path.of("src/main/resources/com/portaldesk/ui");
    private static final Pattern LABEL_FOR = Pattern.compile("labelFor=\"\\$(\\w+)\"");

    @Test
    void noLabel_namesAFieldDeclaredAfterIt() throws IOException {
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SCREENS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                String fxml = Files.readString(file);
                Matcher reference = LABEL_FOR.matcher(fxml);
                while (reference.find()) {
                    int declared = fxml.indexOf("fx:id=\"" + reference.group(1) + "\"");
                    if (declared < 0 || declared > reference.start()) {
                        unnamed.add(file.getFileName() + ": " + reference.group(1));
                    }
                }
            }
        }
        assertThat(unnamed).as("labels whose field FXML leaves null").isEmpty();
    }

    @Test
    void everyScreen_hasLabelsForItsFields() throws IOException {
        try (Stream<Path> files = Files.walk(SCREENS)) {
            long named = files.filter(f -> f.toString().endsWith(".fxml"))
                    .mapToLong(FxmlLabelsTest::labelsFor)
                    .sum();
            assertThat(named).as("fields named through <labelFor>").isGreaterThanOrEqualTo(39);
        }
    }

    private static long labelsFor(Path file) {
        try {
            return Pattern.compile("<labelFor>")
                    .matcher(Files.readString(file))
                    .results()
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
