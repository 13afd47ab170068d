package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the contacts list says about itself: how many, and why it is empty. */
final class ContactListWords {
    private ContactListWords() {}

    /** The empty list's words: true to the search, the filter and the scope that gave no rows. */
    static String empty(String typed, ContactFilter filter, long contactsOnFile, ContactQuery.Scope scope) {
        if (!typed.isEmpty()) {
            return "No contact matches \"" + abbreviate(typed) + "\""
                    + (filter == ContactFilter.EVERYONE ? "." : " with this filter.");
        }
        if (filter != ContactFilter.EVERYONE) {
            return "No contact matches the filter \"" + filter.label() + "\".";
        }
        if (contactsOnFile == 0) {
            return "No contacts yet. Add one, or import a CSV file.";
        }
        return switch (scope) {
            case ARCHIVED -> "No archived contacts.";
            case ACTIVE -> "Every contact is archived. Choose \"All contacts\" to see them.";
            case ALL -> "No contacts.";
        };
    }

    /** "1,204 contacts · No mobile number". */
    static String matches(long total, ContactQuery.Scope scope, ContactFilter filter) {
        String scopeWord = switch (scope) {
            case ACTIVE -> "contacts";
            case ARCHIVED -> "archived contacts";
            case ALL -> "contacts, archived included";
        };
        String counted = total == 1 ? scopeWord.replaceFirst("contacts", "contact") : scopeWord;
        return String.format("%,d %s", total, counted)
                + (filter == ContactFilter.EVERYONE ? "" : " · " + filter.label());
    }

    /** Above the panel when several rows are selected: it shows one of them, and Selected ▸ acts on them all. */
    static String oneOfSeveral(int selected) {
        return selected < 2
                ? ""
                : String.format(
                        "%,d contacts selected. Below: the one you chose last; " + "Selected ▸ acts on all %,d.",
                        selected, selected);
    }

    static String count(int count) {
        return String.format("%,d contact%s", count, count == 1 ? "" : "s");
    }

    /**
     * Whom a bulk action is about: up to five names, each with its email where two of the chosen share a name (two
     * "Maria Garcia"s must not look like one), then how many more.
     */
    static String names(List<ContactRecord> chosen) {
        Map<String, Long> sameName =
                chosen.stream().collect(Collectors.groupingBy(ContactRecord::displayName, Collectors.counting()));
        String first = chosen.stream()
                .limit(5)
                .map(c -> sameName.get(c.displayName()) > 1 && !c.email().isEmpty()
                        ? c.displayName() + " (" + c.email() + ")"
                        : c.displayName())
                .collect(Collectors.joining(", "));
        return chosen.size() <= 5 ? first : first + " and " + (chosen.size() - 5) + " more";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
