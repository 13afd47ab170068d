package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class RecoveryKeyTest {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private final SecureRandom random = new SecureRandom();

    private byte[] randomKey() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    @RepeatedTest(20)
    void aKeyWrittenOut_readsBackToTheSameBytes() {
        byte[] key = randomKey();
        String written = RecoveryKey.format(key);
        assertThat(written).matches("([0-9A-HJKMNP-TV-Z]{5}-){12}[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(RecoveryKey.parse(written)).isEqualTo(key);
    }

    @Test
    void typingIsForgiving_smallLetters_spaces_lineBreaks_andLettersThatLookLikeDigits() {
        byte[] key = randomKey();
        String written = RecoveryKey.format(key);
        String typed = written.toLowerCase(Locale.ROOT)
                .replace("-", " ")
                .replace('1', 'l')
                .replace('0', 'O');
        typed = typed.substring(0, 30) + "\n" + typed.substring(30);
        assertThat(RecoveryKey.parse(typed)).isEqualTo(key);
    }

    @Test
    void everySingleMistypedCharacter_isCaught_andItsGroupNamed() {
        byte[] key = randomKey();
        List<String> groups = RecoveryKey.groups(key);
        String joined = String.join("", groups);
        for (int position = 0; position < joined.length(); position++) {
            for (char replacement : ALPHABET.toCharArray()) {
                if (replacement == joined.charAt(position)) {
                    continue;
                }
                String typed = joined.substring(0, position) + replacement + joined.substring(position + 1);
                int group = position / 5 + 1;
                assertThatThrownBy(() -> RecoveryKey.parse(typed))
                        .as("position %d replaced by %s", position, replacement)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("Group " + group + " ");
            }
        }
    }

    @Test
    void twoGroupsTypedInEachOthersPlace_areCaught() {
        byte[] key = randomKey();
        List<String> groups = new ArrayList<>(RecoveryKey.groups(key));
        Collections.swap(groups, 2, 3);
        assertThatThrownBy(() -> RecoveryKey.parse(String.join("-", groups))).hasMessageContaining("typing mistake");
    }

    @Test
    void aShortKey_orOddCharacters_areRefusedInWords() {
        String written = RecoveryKey.format(randomKey());
        assertThatThrownBy(() -> RecoveryKey.parse(written.substring(0, written.length() - 6)))
                .hasMessageContaining("13 groups of 5 characters")
                .hasMessageContaining("has 60");
        assertThatThrownBy(() -> RecoveryKey.parse(written.replaceFirst("-", "ü")))
                .hasMessageContaining("'Ü' is not one of them");
    }

    @Test
    void theConfirmationCompares_oneGroup() {
        byte[] key = randomKey();
        String fourth = RecoveryKey.groups(key).get(3);
        assertThat(RecoveryKey.groupMatches(key, 4, fourth.toLowerCase(Locale.ROOT)))
                .isTrue();
        assertThat(RecoveryKey.groupMatches(key, 5, fourth)).isFalse();
    }
}
