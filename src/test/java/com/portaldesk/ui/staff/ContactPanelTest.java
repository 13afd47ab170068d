package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Language;
import com.portaldesk.contacts.PortalReadiness;
import com.portaldesk.contacts.SecretKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The contact panel's words and which of its actions apply, without the toolkit. */
@Tag("plain")
class ContactPanelTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant ADDED = Instant.parse("2026-12-07T15:00:00Z");

    private static ContactRecord contact(
            SecretKind kind, String masked, boolean archived, boolean portal, List<String> notReady, String notes) {
        return new ContactRecord(
                UUID.randomUUID(),
                "Alice",
                "Pauline",
                "alice@example.com",
                "+12015550123",
                "(201) 555-0123",
                kind,
                masked,
                Channel.SMS,
                portal,
                archived,
                new PortalReadiness(notReady),
                notes,
                ADDED,
                ADDED.plusSeconds(86_400),
                null,
                Language.ENGLISH);
    }

    @Test
    void noContact_saysSo_inMutedWords_andOffersNothing() {
        ContactPanel panel = ContactPanel.of(null, true, NEW_YORK, Locale.US);
        assertThat(panel.selected()).isFalse();
        assertThat(panel.name()).isEqualTo("No contact selected");
        assertThat(panel.readinessStyle()).as("not the last contact's colour").isEqualTo("text-muted");
        assertThat(panel.portalChangeable()).isFalse();
        assertThat(panel.canReveal()).isFalse();
    }

    @Test
    void aReadyContact_isNamed_withItsDetails_andDaysThatDoNotBreak() {
        ContactPanel panel = ContactPanel.of(
                contact(SecretKind.SSN_LAST4, "•••-••-6789", false, true, List.of(), ""), false, NEW_YORK, Locale.US);
        assertThat(panel.name()).isEqualTo("Alice Pauline");
        assertThat(panel.contact()).isEqualTo("(201) 555-0123\nSSN •••-••-6789");
        assertThat(panel.readiness()).isEqualTo("✔ Ready for portal sign-in");
        assertThat(panel.readinessStyle()).isEqualTo("success");
        assertThat(panel.facts()).isEqualTo("Added Dec\u00A07,\u00A02026 · changed Dec\u00A08,\u00A02026");
        assertThat(panel.archiveLabel()).isEqualTo("Archive");
        assertThat(panel.portalLabel()).isEqualTo("Turn portal access off");
        assertThat(panel.portalChangeable()).isTrue();
    }

    @Test
    void aContactNotReady_saysEveryReason_inWarningColour() {
        ContactPanel panel = ContactPanel.of(
                contact(
                        SecretKind.NONE,
                        "",
                        false,
                        false,
                        List.of("No SSN last four or PIN.", "Portal access is off."),
                        ""),
                true,
                NEW_YORK,
                Locale.US);
        assertThat(panel.readiness())
                .isEqualTo("Not ready for portal sign-in:\n• No SSN last four or PIN.\n• Portal access is off.");
        assertThat(panel.readinessStyle()).isEqualTo("warning");
        assertThat(panel.contact()).endsWith("No SSN last four or PIN");
        assertThat(panel.canReveal()).as("nothing to reveal").isFalse();
    }

    @Test
    void anArchivedContact_isRestored_notArchived_andItsPortalAccessStaysAsItIs() {
        ContactPanel panel = ContactPanel.of(
                contact(SecretKind.FULL_SSN, "•••-••-6789", true, false, List.of(), "Prefers mornings"),
                true,
                NEW_YORK,
                Locale.US);
        assertThat(panel.archiveLabel()).isEqualTo("Restore");
        assertThat(panel.portalChangeable()).isFalse();
        assertThat(panel.notes()).isEqualTo("Prefers mornings");
    }

    @Test
    void theWholeSsn_isOffered_onlyToWhoMaySeeIt_andOnlyForAnSsn() {
        ContactRecord ssn = contact(SecretKind.FULL_SSN, "•••-••-6789", false, true, List.of(), "");
        ContactRecord pin = contact(SecretKind.PIN, "PIN ••••", false, true, List.of(), "");
        assertThat(ContactPanel.of(ssn, true, NEW_YORK, Locale.US).canReveal()).isTrue();
        assertThat(ContactPanel.of(ssn, false, NEW_YORK, Locale.US).canReveal()).isFalse();
        assertThat(ContactPanel.of(pin, true, NEW_YORK, Locale.US).canReveal()).isFalse();
    }

    @Test
    void theLastFourColumn_showsTheDigits_orPin_orNothing() {
        assertThat(ContactPanel.lastFour(contact(SecretKind.FULL_SSN, "•••-••-6789", false, true, List.of(), "")))
                .isEqualTo("•6789");
        assertThat(ContactPanel.lastFour(contact(SecretKind.PIN, "PIN ••••", false, true, List.of(), "")))
                .isEqualTo("PIN");
        assertThat(ContactPanel.lastFour(contact(SecretKind.NONE, "", false, true, List.of(), "")))
                .isEmpty();
    }
}
