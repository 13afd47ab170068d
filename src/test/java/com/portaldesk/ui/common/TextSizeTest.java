package com.portaldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The text size steps, what is kept, and the one rule it adds to a window; no toolkit needed. */
@Tag("plain")
class TextSizeTest {
    private final List<Integer> kept = new ArrayList<>();

    @Test
    void steps_goUpAndDownWithinTheOfferedSizes_andEachChangeIsKept() {
        TextSize size = new TextSize(100, 13, kept::add);
        size.smaller();
        assertThat(size.percentProperty().get()).as("nothing below 100%").isEqualTo(100);
        for (int i = 0; i < 10; i++) {
            size.larger();
        }
        assertThat(size.percentProperty().get()).as("nothing above the largest").isEqualTo(TextSize.LARGEST);
        size.smaller();
        assertThat(size.percentProperty().get()).isEqualTo(175);
        size.normal();
        assertThat(kept).containsExactly(125, 150, 175, 200, 175, 100);
    }

    @Test
    void aSavedSizeThatIsNotOffered_opensAt100() {
        assertThat(new TextSize(900, 13, kept::add).percentProperty().get()).isEqualTo(100);
        assertThat(new TextSize(-5, 13, kept::add).percentProperty().get()).isEqualTo(100);
        assertThat(new TextSize(150, 13, kept::add).percentProperty().get()).isEqualTo(150);
        assertThatThrownBy(() -> new TextSize(100, 13, kept::add).set(130))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("130");
        assertThat(kept).isEmpty();
    }

    @Test
    void theRule_setsTheRootFontToThatShareOfTheSystemSize() {
        TextSize size = new TextSize(100, 13, kept::add);
        assertThat(css(size.stylesheet(100))).isEqualTo(".root { -fx-font-size: 13.00px; }");
        assertThat(css(size.stylesheet(200))).startsWith(".root { -fx-font-size: 26.00px; }");
        assertThat(css(size.stylesheet(125))).startsWith(".root { -fx-font-size: 16.25px; }");
    }

    @Test
    void aboveTheUsualSize_rowsAndTabsGiveBackSomeOfTheirRoom() {
        TextSize size = new TextSize(100, 13, kept::add);
        assertThat(css(size.stylesheet(200)))
                .contains(".table-row-cell { -fx-cell-size: 1.96em; }") // 2.8em × 0.7
                .contains(".tab { -fx-padding: 0.21em 0.42em; }");
        assertThat(css(size.stylesheet(150))).contains("-fx-cell-size: 2.38em;");
    }

    private static String css(String dataUrl) {
        String base64 = dataUrl.substring(dataUrl.indexOf(',') + 1);
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
