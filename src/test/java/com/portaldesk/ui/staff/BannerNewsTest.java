package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every piece of news stays in the banner until it is shown or dismissed; a later one never replaces an earlier. */
@Tag("plain")
class BannerNewsTest {
    @Test
    void newsPiles_upToThreeLinesAndACount_andShowingTakesOnePlaceAtATime() {
        BannerNews<String> news = new BannerNews<>();
        news.add("New check-in: Ann Lee at lobby-1.", "check-ins");
        news.add("New change request from Bo Ray: mobile.", "requests");
        news.add("New check-in: Cy Oak at lobby-2.", "check-ins");
        news.add("New check-in: Di Fox at lobby-1.", "check-ins");
        assertThat(news.text())
                .isEqualTo("New check-in: Ann Lee at lobby-1.\nNew change request from Bo Ray: mobile.\n"
                        + "New check-in: Cy Oak at lobby-2.\nand 1 more");
        assertThat(news.showOldest()).contains("check-ins");
        assertThat(news.text()).isEqualTo("New change request from Bo Ray: mobile.");
        assertThat(news.showOldest()).contains("requests");
        assertThat(news.isEmpty()).isTrue();
        assertThat(news.showOldest()).isEmpty();
    }
}
