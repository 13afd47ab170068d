package com.portaldesk.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The firm's automatic backups: into which folder (a network share, a backup drive), at what time of day, how many
 * to keep, and how old the newest good backup may get before the dashboard warns.
 */
public record BackupPlan(boolean enabled, String folder, LocalTime dailyAt, int keepCount, int maxAgeHours) {
    public static final int MIN_KEEP = 1;
    public static final int MAX_KEEP = 365;
    public static final int MIN_AGE_HOURS = 24;
    public static final int MAX_AGE_HOURS = 24 * 31;

    /** The plan as typed on the settings screen or the command line; refused with a message per field. */
    public static BackupPlan parse(
            boolean enabled, String folder, String dailyAt, String keepCount, String maxAgeHours) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanFolder = folder == null ? "" : folder.strip();
        if (enabled && cleanFolder.isEmpty()) {
            problems.put("folder", "Choose the folder backups go into (a network share or a backup drive).");
        } else if (!cleanFolder.isEmpty()) {
            try {
                if (!Path.of(cleanFolder).isAbsolute()) {
                    problems.put(
                            "folder",
                            "Give the whole path of the folder, for example /mnt/backups or " + "\\\\server\\backups.");
                }
            } catch (InvalidPathException e) {
                problems.put("folder", "This is not a folder path this computer can use.");
            }
        }
        if (cleanFolder.length() > 1000) {
            problems.put("folder", "The folder path is longer than 1,000 characters.");
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(dailyAt == null ? "" : dailyAt.strip());
        } catch (DateTimeParseException e) {
            problems.put("time", "Give the time of day as hours and minutes, for example 19:00.");
        }
        int keep = number(
                keepCount,
                MIN_KEEP,
                MAX_KEEP,
                "keep",
                "Keep between " + MIN_KEEP + " and " + MAX_KEEP + " backups.",
                problems);
        int age = number(
                maxAgeHours,
                MIN_AGE_HOURS,
                MAX_AGE_HOURS,
                "age",
                "Warn after between " + MIN_AGE_HOURS + " and " + MAX_AGE_HOURS + " hours.",
                problems);
        if (!problems.isEmpty()) {
            throw new BackupPlanException(problems);
        }
        return new BackupPlan(enabled, cleanFolder, time.withSecond(0).withNano(0), keep, age);
    }

    private static int number(
            String text, int min, int max, String field, String message, Map<String, String> problems) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(field, message);
        return 0;
    }

    /** The plan's fields refused, each with the words to show beside it. */
    public static final class BackupPlanException extends IllegalArgumentException {
        private final Map<String, String> problems;

        BackupPlanException(Map<String, String> problems) {
            super(String.join(" ", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        /** Keyed by field: folder, time, keep, age. */
        public Map<String, String> problems() {
            return problems;
        }
    }
}
