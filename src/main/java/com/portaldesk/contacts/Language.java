package com.portaldesk.contacts;

import java.util.Locale;

/** The languages codes and the kiosk speak. A contact's preference decides codes started away from the kiosk. */
public enum Language {
    ENGLISH("en", "English"),
    SPANISH("es", "Español");

    private final String tag;
    private final String label;

    Language(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    /** The stored form: en, es. */
    public String tag() {
        return tag;
    }

    /** The language's own name, as a person choosing it would look for it. */
    public String label() {
        return label;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** English for anything not Spanish: a locale from a kiosk screen or a resource bundle. */
    public static Language of(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    /** Accepts en, es, english, spanish, español in any case; for the CSV import and the command line. */
    public static Language parse(String raw) {
        String text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "en", "english", "inglés", "ingles" -> ENGLISH;
            case "es", "spanish", "español", "espanol" -> SPANISH;
            default -> throw new IllegalArgumentException("Language is en (English) or es (Spanish).");
        };
    }

    /** A stored tag read back; unknown values (a newer version's language) fall back to English. */
    public static Language fromTag(String tag) {
        return "es".equals(tag) ? SPANISH : ENGLISH;
    }
}
