package com.portaldesk.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A mobile number parsed by libphonenumber and kept in E.164 (+14155550123). Numbers typed without a
 * country code are read in the firm's default region. Numbers known to be landlines are refused: they
 * cannot receive a code by text message.
 */
public final class PhoneNumber {
    public static final String MESSAGE_CONSTRAINTS =
            "Enter a mobile number such as (415) 555-0123, or +44 7400 123456 for another country.";
    public static final String LANDLINE_MESSAGE =
            "This is a landline number; codes by text message need a mobile number.";
    private static final int MAX_INPUT_LENGTH = 40;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MOST_KEPT_DISPLAYS = 200_000;
    private static final Map<String, String> DISPLAYS = new ConcurrentHashMap<>();

    private final Phonenumber.PhoneNumber parsed;
    private final String e164;

    private PhoneNumber(Phonenumber.PhoneNumber parsed) {
        this.parsed = parsed;
        this.e164 = UTIL.format(parsed, PhoneNumberFormat.E164);
    }

    public static PhoneNumber parse(String raw, String defaultRegion) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > MAX_INPUT_LENGTH || hasNonAsciiDigit(text)) {
            throw new IllegalArgumentException(MESSAGE_CONSTRAINTS);
        }
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(text, defaultRegion);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException(MESSAGE_CONSTRAINTS, e);
        }
        if (!UTIL.isValidNumber(number)) {
            throw new IllegalArgumentException(MESSAGE_CONSTRAINTS);
        }
        if (UTIL.getNumberType(number) == PhoneNumberType.FIXED_LINE) {
            throw new IllegalArgumentException(LANDLINE_MESSAGE);
        }
        return new PhoneNumber(number);
    }

    /** Reads a stored E.164 value back; it was validated when it was saved. */
    public static PhoneNumber fromE164(String e164) {
        return parse(e164, "ZZ");
    }

    // libphonenumber would quietly read Arabic-Indic or full-width digits as 0-9; staff should see what is stored.
    private static boolean hasNonAsciiDigit(String text) {
        return text.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
    }

    public String e164() {
        return e164;
    }

    /** National format for numbers of the firm's region, international format for the rest. */
    /**
     * How a stored (E.164) number is shown. Working it out takes libphonenumber's parse, checks and format (about a
     * tenth of a millisecond), and the search box shows the same numbers again at every keystroke, so the answers
     * are kept in a bounded map: a number's display never changes for a region.
     */
    public static String displayOf(String e164, String firmRegion) {
        if (DISPLAYS.size() > MOST_KEPT_DISPLAYS) {
            DISPLAYS.clear();
        }
        return DISPLAYS.computeIfAbsent(
                e164 + "|" + firmRegion, key -> fromE164(e164).display(firmRegion));
    }

    public String display(String firmRegion) {
        boolean domestic = firmRegion.equals(UTIL.getRegionCodeForNumber(parsed));
        return UTIL.format(parsed, domestic ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    }

    /**
     * Whether texts to this number make sense: mobiles, and numbers the plan does not tell apart from mobiles
     * (all of North America), personal and VoIP numbers. Premium-rate, toll-free, shared-cost, pager and other
     * service numbers are not: texting them costs the firm money and reaches no client (SMS pumping).
     */
    public boolean acceptsTexts() {
        return switch (UTIL.getNumberType(parsed)) {
            case MOBILE, FIXED_LINE_OR_MOBILE, PERSONAL_NUMBER, VOIP -> true;
            default -> false;
        };
    }

    /** The kind of number in words, for staff: "premium rate", "toll free", ... */
    public String kind() {
        return UTIL.getNumberType(parsed).name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String regionCode() {
        return UTIL.getRegionCodeForNumber(parsed);
    }

    public String masked() {
        return "•••" + e164.substring(e164.length() - 2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber phone && phone.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return Objects.hash(e164);
    }

    @Override
    public String toString() {
        return e164;
    }
}
