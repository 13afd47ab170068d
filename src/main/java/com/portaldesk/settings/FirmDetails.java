package com.portaldesk.settings;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The firm's name and its phone number for "questions about portal security", checked when built. */
public record FirmDetails(String name, String phone) {
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{0,40}");

    /** What a phone or mail program would turn into a link: a web address, a domain name, an email address. */
    private static final Pattern LINK_LIKE =
            Pattern.compile("(?i)://|www\\.|\\S@\\S|[\\p{L}\\p{N}-]\\.\\p{L}{2,}(?![\\p{L}\\p{N}-])");

    public FirmDetails {
        name = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        phone = phone == null ? "" : phone.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 80) {
            throw new Invalid(Part.NAME, "The firm name is 1 to 80 characters.");
        }
        // The name goes into every code message a client gets: nothing that hides or reorders text (a right-to-left
        // override can make "Lee CPA" display as something else), and nothing a phone would turn into a link.
        if (name.codePoints().anyMatch(FirmDetails::hidesOrReorders)) {
            throw new Invalid(
                    Part.NAME,
                    "The firm name holds an invisible or direction-changing character; type it "
                            + "again without pasting.");
        }
        if (LINK_LIKE.matcher(name).find()) {
            throw new Invalid(
                    Part.NAME,
                    "The firm name looks like a web or email address, which phones show as a link "
                            + "in every code message; give the firm's name only.");
        }
        if (!PHONE.matcher(phone).matches()) {
            throw new Invalid(Part.PHONE, "The firm phone is digits, spaces and + ( ) - . only, up to 40.");
        }
    }

    private static boolean hidesOrReorders(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT && codePoint != 0x200D
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /** Which of the two a refusal is about, so a form can mark that field. */
    public enum Part {
        NAME,
        PHONE
    }

    /** A refused name or phone, naming which. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Part part;

        Invalid(Part part, String message) {
            super(message);
            this.part = part;
        }

        public Part part() {
            return part;
        }
    }

    /**
     * The same details with the phone checked as a real number (libphonenumber) and written the way a client reads
     * it: national format for the firm's own country, international for another. Clients are told to call it.
     */
    public FirmDetails checkedIn(String region) {
        if (phone.isEmpty()) {
            return this;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber number = util.parse(phone, region);
            PhoneNumberUtil.PhoneNumberType type = util.getNumberType(number);
            if (type == PhoneNumberUtil.PhoneNumberType.PREMIUM_RATE
                    || type == PhoneNumberUtil.PhoneNumberType.SHARED_COST) {
                throw new Invalid(
                        Part.PHONE,
                        "'" + phone + "' is a number that charges the caller ("
                                + (type == PhoneNumberUtil.PhoneNumberType.PREMIUM_RATE
                                        ? "premium rate"
                                        : "shared cost")
                                + "); clients are told to call it. Give the firm's ordinary or toll-free number.");
            }
            String numberRegion = util.getRegionCodeForNumber(number);
            if (util.isValidNumber(number)
                    && !region.equals(numberRegion)
                    && number.getCountryCode() == util.getCountryCodeForRegion(region)) {
                // One calling code, several countries (+1: the Caribbean's "one ring" numbers look domestic).
                throw new Invalid(
                        Part.PHONE,
                        "'" + phone + "' is a number in " + countryName(numberRegion)
                                + ", not " + countryName(region) + ", though it dials like one: clients calling it pay "
                                + "international rates. Give the firm's own number.");
            }
            if (util.isValidNumber(number) && PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(numberRegion)) {
                throw new Invalid(
                        Part.PHONE,
                        "'" + phone + "' belongs to no country (a satellite or global "
                                + "service number); calling it is costly. Give the firm's own number.");
            }
            if (util.isValidNumber(number)) {
                boolean domestic = region.equals(util.getRegionCodeForNumber(number));
                return new FirmDetails(
                        name,
                        util.format(
                                number,
                                domestic
                                        ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                                        : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL));
            }
        } catch (NumberParseException e) {
            // reported below
        }
        throw new Invalid(
                Part.PHONE,
                "'" + phone + "' is not a phone number that can be called. Write it as "
                        + "(415) 555-0100, or with the country code for another country (+44 20 7946 0000).");
    }

    private static String countryName(String region) {
        String name = new Locale("", region).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? region : name;
    }

    @Override
    public String toString() {
        return name + (phone.isEmpty() ? "" : " (" + phone + ")");
    }
}
