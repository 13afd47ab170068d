package com.portaldesk.settings;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.regex.Pattern;

/** The firm's name and its phone number for "questions about portal security", checked when built. */
public record FirmDetails(String name, String phone) {
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{0,40}");

    public FirmDetails {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        if (name.isEmpty() || name.length() > 80 || name.chars().anyMatch(Character::isISOControl)) {
            throw new Invalid(Part.NAME, "The firm name is 1 to 80 characters.");
        }
        if (!PHONE.matcher(phone).matches()) {
            throw new Invalid(Part.PHONE, "The firm phone is digits, spaces and + ( ) - . only, up to 40.");
        }
    }

    /** Which of the two a refusal is about, so a form can mark that field. */
    public enum Part { NAME, PHONE }

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
            if (util.isValidNumber(number)) {
                boolean domestic = region.equals(util.getRegionCodeForNumber(number));
                return new FirmDetails(name, util.format(number, domestic ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                        : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL));
            }
        } catch (NumberParseException e) {
            // reported below
        }
        throw new Invalid(Part.PHONE, "'" + phone + "' is not a phone number that can be called. Write it as "
                + "(415) 555-0100, or with the country code for another country (+44 20 7946 0000).");
    }

    @Override
    public String toString() {
        return name + (phone.isEmpty() ? "" : " (" + phone + ")");
    }
}
