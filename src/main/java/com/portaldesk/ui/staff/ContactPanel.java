package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.SecretKind;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * What the contact panel says about the selected contact, or that none is selected: every label and button text and
 * which actions apply, decided here without the toolkit (ContactPanelTest), shown by ContactsView.
 */
record ContactPanel(
        boolean selected,
        String name,
        String email,
        String contact,
        String readiness,
        String readinessStyle,
        String facts,
        String notes,
        String archiveLabel,
        String portalLabel,
        boolean portalChangeable,
        boolean canReveal) {

    static final ContactPanel NONE = new ContactPanel(
            false,
            "No contact selected",
            "",
            "",
            "Select a contact to see whether it is ready for portal sign-in.",
            "text-muted", // not the last contact's colour
            "",
            "",
            "Archive",
            "Turn portal access on",
            false,
            false);

    /** The panel for this contact; {@code mayReveal} is the signed-in person's right to see a whole SSN. */
    static ContactPanel of(ContactRecord contact, boolean mayReveal, ZoneId zone, Locale locale) {
        if (contact == null) {
            return NONE;
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withZone(zone)
                .withLocale(locale);
        return new ContactPanel(
                true,
                contact.displayName(),
                contact.email().isEmpty() ? "No email address" : contact.email(),
                String.join(
                        "\n",
                        contact.mobileDisplay().isEmpty() ? "No mobile number" : contact.mobileDisplay(),
                        contact.maskedSecret().isEmpty() ? "No SSN last four or PIN" : "SSN " + contact.maskedSecret()),
                contact.readiness().ready()
                        ? "✔ Ready for portal sign-in"
                        : "Not ready for portal sign-in:\n• "
                                + String.join("\n• ", contact.readiness().reasons()),
                contact.readiness().ready() ? "success" : "warning",
                "Added " + oneLine(day, contact.createdAt()) + " · changed " + oneLine(day, contact.updatedAt()),
                contact.notes(),
                contact.archived() ? "Restore" : "Archive",
                contact.portalAccess() ? "Turn portal access off" : "Turn portal access on",
                !contact.archived(),
                mayReveal
                        && (contact.secretKind() == SecretKind.FULL_SSN
                                || contact.secretKind() == SecretKind.SSN_LAST4));
    }

    /** "Dec 7, 2026" kept on one line (no-break spaces): the panel had wrapped it as "Dec / 7, 2026". */
    private static String oneLine(DateTimeFormatter day, TemporalAccessor when) {
        return day.format(when).replace(' ', '\u00A0');
    }

    /** "•6789" for an SSN or its last four, "PIN" for a PIN: the last four always fit the narrow column. */
    static String lastFour(ContactRecord contact) {
        String masked = contact.maskedSecret();
        return switch (contact.secretKind()) {
            case NONE -> "";
            case PIN -> "PIN";
            case FULL_SSN, SSN_LAST4 -> "•" + masked.substring(Math.max(0, masked.length() - 4));
        };
    }
}
