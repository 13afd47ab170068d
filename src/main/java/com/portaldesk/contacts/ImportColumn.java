package com.portaldesk.contacts;

import java.util.List;
import java.util.Locale;

/** The contact fields a CSV column can fill, with the header names each one is recognised by. */
public enum ImportColumn {
    FIRST_NAME("first_name", List.of("firstname", "first", "givenname", "forename")),
    LAST_NAME("last_name", List.of("lastname", "last", "surname", "familyname")),
    EMAIL("email", List.of("email", "emailaddress", "mail")),
    MOBILE("mobile", List.of("mobile", "mobilephone", "cell", "cellphone", "phone", "mobilenumber")),
    SSN("ssn", List.of("ssn", "socialsecuritynumber", "socialsecurity", "taxid")),
    SSN_LAST4("ssn_last4", List.of("ssnlast4", "last4", "lastfour", "ssnlastfour")),
    PIN("pin", List.of("pin", "portalpin")),
    PREFERRED_CHANNEL("preferred_channel", List.of("preferredchannel", "channel", "codechannel")),
    PORTAL_ACCESS("portal_access", List.of("portalaccess", "portal")),
    LANGUAGE("language", List.of("language", "preferredlanguage", "lang", "idioma")),
    NOTES("notes", List.of("notes", "note", "comments"));

    private final String header;
    private final List<String> aliases;

    ImportColumn(String header, List<String> aliases) {
        this.header = header;
        this.aliases = aliases;
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
