package com.portaldesk.ui.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker whose typed text is kept when it is not a date. Left to itself the picker throws such text away when
 * the field loses the focus and keeps its last value: a filter then ran without the date the person typed, and
 * nothing said so. Here the text stays in the field, the value does not change, and {@link #problem()} says what is
 * wrong in words, for the form to show instead of acting.
 */
public final class DateEntry {
    private final DatePicker picker;
    private final String name;
    private final StringConverter<LocalDate> dates;

    private DateEntry(DatePicker picker, String name) {
        this.picker = picker;
        this.name = name;
        this.dates = picker.getConverter();
    }

    /** Watches {@code picker}; {@code name} is how the form's message names it ("From"). */
    public static DateEntry of(DatePicker picker, String name) {
        DateEntry entry = new DateEntry(picker, name);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return entry.dates.toString(date);
            }

            @Override
            public LocalDate fromString(String text) {
                Optional<LocalDate> date = entry.parse(text);
                if (date == null) {
                    // The picker writes its value back into the field after this: the typed text goes back in.
                    Platform.runLater(() -> picker.getEditor().setText(text));
                    return picker.getValue();
                }
                return date.orElse(null);
            }
        });
        return entry;
    }

    /** The date typed, empty for no text, or null when the text is not a date. */
    private Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(dates.fromString(text.strip()));
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    /** What is wrong with the text in the field, or nothing when it is a date or empty. */
    public Optional<String> problem() {
        String typed = picker.getEditor().getText();
        if (parse(typed) != null) {
            return Optional.empty();
        }
        return Optional.of(name + ": \"" + typed.strip() + "\" is not a date. Type it like "
                + dates.toString(LocalDate.of(2026, 12, 31)) + ", or pick it from the calendar.");
    }

    /**
     * What is wrong with each of a form's dates, in order, each field marked while it is wrong: the form says these
     * and does nothing else while there are any.
     */
    public static List<String> problems(DateEntry... entries) {
        for (DateEntry entry : entries) {
            entry.picker.getStyleClass().remove("field-wrong");
            if (entry.problem().isPresent()) {
                entry.picker.getStyleClass().add("field-wrong");
            }
        }
        return Stream.of(entries)
                .map(DateEntry::problem)
                .flatMap(Optional::stream)
                .toList();
    }
}
