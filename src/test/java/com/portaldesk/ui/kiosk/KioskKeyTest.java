package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The kiosk's catalogue keys in code are the enum's, and every one is in both languages' bundles. */
@Tag("plain")
class KioskKeyTest {
    private static final Path SOURCES = Path.of("src/main/java/com/portaldesk/ui/kiosk");
    private static final Path LAYOUTS = Path.of("src/main/resources/com/portaldesk/ui/kiosk");

    private static ResourceBundle own(Language language) {
        return ResourceBundle.getBundle(
                KioskTexts.BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyKey_isInTheEnglishAndTheSpanishBundle() {
        for (Language language : List.of(Language.ENGLISH, Language.SPANISH)) {
            Set<String> keys = own(language).keySet();
            assertThat(Arrays.stream(KioskKey.values()).map(KioskKey::key))
                    .as("keys in kiosk %s", language)
                    .allMatch(keys::contains);
        }
    }

    @Test
    void everyKeyOfTheBundle_isUsed_byTheCodeThroughTheEnum_orByALayout() throws IOException {
        Set<String> used = Arrays.stream(KioskKey.values()).map(KioskKey::key).collect(Collectors.toSet());
        used.addAll(keysInLayouts());
        assertThat(own(Language.ENGLISH).keySet()).as("keys nobody shows").isSubsetOf(used);
    }

    @Test
    void noKioskClass_namesAKeyAsBareText() throws IOException {
        Set<String> keys = own(Language.ENGLISH).keySet();
        List<String> bare = new ArrayList<>();
        Pattern quoted = Pattern.compile("\"([A-Za-z][A-Za-z.]*)\"");
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> !f.endsWith("KioskKey.java")).toList()) {
                Matcher literal = quoted.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (literal.find()) {
                    if (keys.contains(literal.group(1))) {
                        bare.add(file.getFileName() + ": \"" + literal.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(bare).as("use KioskKey instead").isEmpty();
    }

    private static Set<String> keysInLayouts() throws IOException {
        Set<String> keys = new HashSet<>();
        Pattern percent = Pattern.compile("\"%([A-Za-z][A-Za-z.]*)\"");
        try (Stream<Path> files = Files.list(LAYOUTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher key = percent.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }
}
