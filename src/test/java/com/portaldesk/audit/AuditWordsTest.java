package com.portaldesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class AuditWordsTest {
    @Test
    void everyEventAndReason_readsAsWords_withoutUnderscoresOrShouting() {
        for (AuditEventType type : AuditEventType.values()) {
            assertThat(AuditWords.of(type)).doesNotContain("_").matches("[A-Z][a-z].*|OK|SSN.*");
        }
        for (AuditReason reason : AuditReason.values()) {
            assertThat(AuditWords.of(reason)).doesNotContain("_").matches("[A-Z][a-z].*|OK|SSN.*");
        }
        assertThat(AuditWords.of(AuditEventType.CODE_SENT)).isEqualTo("Code sent");
        assertThat(AuditWords.of(AuditEventType.SSN_REVEALED)).isEqualTo("Full SSN shown");
        assertThat(AuditWords.of(AuditEventType.STAFF_MFA_RESET)).isEqualTo("Staff second factor reset");
        assertThat(AuditWords.words("SMS_OPTED_OUT")).isEqualTo("Text opted out");
    }
}
