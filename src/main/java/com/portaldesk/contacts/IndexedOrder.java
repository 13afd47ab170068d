package com.portaldesk.contacts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntConsumer;

/**
 * Every indexed contact in one order, with their search texts joined into one string (a line each) so that a word
 * is found by scanning that string once, from match to match, instead of visiting 100,000 objects one by one.
 */
final class IndexedOrder {
    private final IndexedContact[] rows;
    private final Comparator<IndexedContact> order;
    private final String texts;
    /** Where each row's text starts in {@link #texts}; one more entry marks the end. */
    private final int[] starts;

    IndexedOrder(IndexedContact[] unordered, Comparator<IndexedContact> order) {
        this.rows = unordered.clone();
        this.order = order;
        Arrays.sort(rows, order);
        this.starts = new int[rows.length + 1];
        StringBuilder joined = new StringBuilder(rows.length * 64);
        for (int i = 0; i < rows.length; i++) {
            starts[i] = joined.length();
            // Search texts are single lines and words hold no spaces, so no word can run from one row into the next.
            joined.append(rows[i].searchText()).append('\n');
        }
        starts[rows.length] = joined.length();
        this.texts = joined.toString();
    }

    int size() {
        return rows.length;
    }

    IndexedContact row(int position) {
        return rows[position];
    }

    /** The position of this (indexed) contact in the order. */
    int positionOf(IndexedContact contact) {
        return Arrays.binarySearch(rows, contact, order);
    }

    /**
     * Calls {@code visit} with each position whose text holds {@code word}, in order. The scan jumps from one
     * occurrence to the next, so a rare word costs one pass over the joined text.
     */
    void forEachHolding(String word, IntConsumer visit) {
        int position = 0;
        int from = 0;
        while (true) {
            int found = texts.indexOf(word, from);
            if (found < 0) {
                return;
            }
            // The row holding it: at or after the last one, so the search starts there.
            int hit = Arrays.binarySearch(starts, position, rows.length, found);
            position = hit >= 0 ? hit : -hit - 2;
            visit.accept(position);
            from = starts[position + 1];
            position++;
        }
    }
}
