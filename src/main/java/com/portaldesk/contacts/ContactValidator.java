package com.portaldesk.contacts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a whole {@link ContactInput} at once and reports every problem by field, so a form can show each
 * message beside its field and a CSV import can report a row's every reason in one go.
 */
public final class ContactValidator {
    static final int NAME_MAX = 100;
    static final int NOTES_MAX = 2000;

    private final String defaultRegion;

    public ContactValidator(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The outcome: details when valid, otherwise a message per field. */
    public record Result(Optional<ContactDetails> details, Map<ContactField, String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }

        public String summary() {
            StringBuilder text = new StringBuilder();
            errors.forEach((field, message) -> text.append(text.length() == 0 ? "" : " ")
                    .append(field.label())
                    .append(": ")
                    .append(message));
            return text.toString();
        }
    }

    public Result validate(ContactInput input) {
        Map<ContactField, String> errors = new EnumMap<>(ContactField.class);
        String first = text(input.firstName(), NAME_MAX, false, ContactField.FIRST_NAME, errors);
        String last = text(input.lastName(), NAME_MAX, false, ContactField.LAST_NAME, errors);
        if (first.isEmpty() && last.isEmpty() && !errors.containsKey(ContactField.FIRST_NAME)) {
            errors.put(ContactField.LAST_NAME, "Enter a first or last name.");
        }
        String notes = text(input.notes(), NOTES_MAX, true, ContactField.NOTES, errors);
        Optional<Email> email = optional(input.email(), Email::new, ContactField.EMAIL, errors);
        Optional<PhoneNumber> mobile =
                optional(input.mobile(), raw -> PhoneNumber.parse(raw, defaultRegion), ContactField.MOBILE, errors);
        Optional<Ssn> ssn = optional(input.ssn(), Ssn::new, ContactField.SSN, errors);
        Optional<Pin> pin = optional(input.pin(), Pin::new, ContactField.PIN, errors);
        if (ssn.isPresent() && pin.isPresent()) {
            errors.put(ContactField.PIN, "A PIN is only for a client with no SSN on file; leave it empty.");
        }
        Channel channel = channel(input.channel(), mobile.isPresent(), errors);
        Language language = optional(input.language(), Language::parse, ContactField.LANGUAGE, errors)
                .orElse(Language.ENGLISH);
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        return new Result(
                Optional.of(new ContactDetails(
                        first, last, email, mobile, ssn, pin, channel, input.portalAccess(), notes, language)),
                errors);
    }

    private static String text(
            String raw, int max, boolean multiLine, ContactField field, Map<ContactField, String> errors) {
        String value = TextRules.normalise(raw);
        String problem = TextRules.problem(value, max, multiLine);
        if (problem != null) {
            errors.put(field, problem);
        }
        return value;
    }

    private static <T> Optional<T> optional(
            String raw, Function<String, T> parser, ContactField field, Map<ContactField, String> errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(raw));
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
            return Optional.empty();
        }
    }

    private static Channel channel(String raw, boolean hasMobile, Map<ContactField, String> errors) {
        if (raw == null || raw.isBlank()) {
            return hasMobile ? Channel.SMS : Channel.EMAIL;
        }
        try {
            return Channel.parse(raw);
        } catch (IllegalArgumentException e) {
            errors.put(ContactField.CHANNEL, e.getMessage());
            return Channel.EMAIL;
        }
    }
}
