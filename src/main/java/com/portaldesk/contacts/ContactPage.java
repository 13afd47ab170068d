package com.portaldesk.contacts;

import java.util.List;

/** One search's answer: the first rows in name order, and how many matched in all. */
public record ContactPage(List<ContactRecord> rows, long totalMatches) {
    public ContactPage {
        rows = List.copyOf(rows);
    }

    public boolean truncated() {
        return totalMatches > rows.size();
    }
}
