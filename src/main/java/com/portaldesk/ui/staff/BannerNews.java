package com.portaldesk.ui.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The news the banner above the tabs carries (new check-ins, new change requests), oldest first, until someone shows
 * or dismisses it. It holds every piece: a second check-in arriving before anyone looked must not replace the first.
 *
 * @param <T> where a piece of news is shown (a tab)
 */
final class BannerNews<T> {
    /** At most this many lines; the rest are counted. */
    static final int LINES = 3;

    private record Item<T>(String text, T where) {}

    private final List<Item<T>> items = new ArrayList<>();

    void add(String text, T where) {
        items.add(new Item<>(text, where));
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** Every piece on a line of its own, oldest first; beyond {@link #LINES}, how many more. */
    String text() {
        List<String> lines =
                new ArrayList<>(items.stream().limit(LINES).map(Item::text).toList());
        if (items.size() > LINES) {
            lines.add("and " + (items.size() - LINES) + " more");
        }
        return String.join("\n", lines);
    }

    /** Where the oldest piece is shown; that piece and every other for the same place are then taken as seen. */
    Optional<T> showOldest() {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        T where = items.get(0).where();
        items.removeIf(item -> item.where().equals(where));
        return Optional.of(where);
    }

    void dismiss() {
        items.clear();
    }
}
