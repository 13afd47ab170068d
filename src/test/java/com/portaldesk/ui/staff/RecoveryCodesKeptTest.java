package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class RecoveryCodesKeptTest {
    @Test
    void theKeptText_saysWhose_andHowToUse_andHoldsEveryCode_oneALine() {
        String text = new RecoveryCodesKept("ann.lee", List.of("abcd-efgh", "ijkl-mnop")).text();
        assertThat(text).startsWith("PortalDesk recovery codes for ann.lee (");
        assertThat(text).contains("Each code works once, in place of the authenticator app's code.");
        assertThat(text).endsWith("\n\nabcd-efgh\nijkl-mnop\n");
    }
}
