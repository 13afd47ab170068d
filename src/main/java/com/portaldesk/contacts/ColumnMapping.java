package com.portaldesk.contacts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Which column of the file fills which contact field. Guessed from the headers, changeable by the user. */
public final class ColumnMapping {
    private final Map<ImportColumn, Integer> sourceIndex;

    public ColumnMapping(Map<ImportColumn, Integer> sourceIndex) {
        Map<ImportColumn, Integer> copy = new EnumMap<>(ImportColumn.class);
        copy.putAll(sourceIndex);
        this.sourceIndex = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping guess(List<String> headers) {
        Map<ImportColumn, Integer> guessed = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            for (ImportColumn column : ImportColumn.values()) {
                if (!guessed.containsKey(column) && column.matches(headers.get(i))) {
                    guessed.put(column, i);
                    break;
                }
            }
        }
        return new ColumnMapping(guessed);
    }

    public Optional<Integer> indexOf(ImportColumn column) {
        return Optional.ofNullable(sourceIndex.get(column));
    }

    public ColumnMapping with(ImportColumn column, Integer index) {
        Map<ImportColumn, Integer> copy = new EnumMap<>(ImportColumn.class);
        copy.putAll(sourceIndex);
        if (index == null) {
            copy.remove(column);
        } else {
            copy.put(column, index);
        }
        return new ColumnMapping(copy);
    }

    /** What is missing for an import to make sense, by header name: an email, and a first or last name. */
    public List<String> missingRequired() {
        return missingRequired(ImportColumn::header);
    }

    /** What is missing, each field named by {@code name} (a header for a file, words for a form). */
    public List<String> missingRequired(Function<ImportColumn, String> name) {
        List<String> missing = new ArrayList<>();
        if (!sourceIndex.containsKey(ImportColumn.EMAIL)) {
            missing.add(name.apply(ImportColumn.EMAIL));
        }
        if (!sourceIndex.containsKey(ImportColumn.FIRST_NAME) && !sourceIndex.containsKey(ImportColumn.LAST_NAME)) {
            missing.add(name.apply(ImportColumn.FIRST_NAME) + " or " + name.apply(ImportColumn.LAST_NAME));
        }
        return missing;
    }
}
