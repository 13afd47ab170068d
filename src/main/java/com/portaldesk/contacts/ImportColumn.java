package com.portaldesk.contacts;

import java.util.List;
import java.util.Locale;

/** The contact fields a CSV column can fill, with the header names each one is recognised by. */
public enum ImportColumn {
    FIRST_NAME("first_name", "First name", List.of("firstname", "first", "givenname", "forename")),
    LAST_NAME("last_name", "Last name", List.of("lastname", "last", "surname", "familyname")),
    EMAIL("email", "Email", List.of("email", "emailaddress", "mail")),
    MOBILE("mobile", "Mobile", List.of("mobile", "mobilephone", "cell", "cellphone", "phone", "mobilenumber")),
    SSN("ssn", "Full SSN", List.of("ssn", "socialsecuritynumber", "socialsecurity", "taxid")),
    SSN_LAST4("ssn_last4", "SSN last four", List.of("ssnlast4", "last4", "lastfour", "ssnlastfour")),
    PIN("pin", "PIN", List.of("pin", "portalpin")),
    PREFERRED_CHANNEL("preferred_channel", "Preferred channel", List.of("preferredchannel", "channel", "codechannel")),
    PORTAL_ACCESS("portal_access", "Portal access", List.of("portalaccess", "portal")),
    LANGUAGE("language", "Language", List.of("language", "preferredlanguage", "lang", "idioma")),
    NOTES("notes", "Notes", List.of("notes", "note", "comments"));

    private final String header;
    private final String label;
    private final List<String> aliases;

    ImportColumn(String header, String label, List<String> aliases) {
        this.header = header;
        this.label = label;
        this.aliases = aliases;
    }

    /** The field's name in words, as a form shows it ("First name"). */
    public String label() {
        return label;
    }

    /** The canonical header name, as the export writes it. */
    public String header() {
        return header;
    }

    boolean matches(String sourceHeader) {
        String compact = sourceHeader.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return aliases.contains(compact);
    }
}
