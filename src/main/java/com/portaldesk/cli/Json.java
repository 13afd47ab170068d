package com.portaldesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.portaldesk.contacts.ContactRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/** The --json shapes. Contacts carry the masked SSN only, as on screen. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    static Map<String, Object> contact(ContactRecord contact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", contact.id().toString());
        json.put("firstName", contact.firstName());
        json.put("lastName", contact.lastName());
        json.put("email", contact.email());
        json.put("mobile", contact.mobileE164());
        json.put("ssn", contact.maskedSecret());
        json.put("secretKind", contact.secretKind().name());
        json.put("preferredChannel", contact.channel().name());
        json.put("language", contact.language().tag());
        json.put("portalAccess", contact.portalAccess());
        json.put("portalReady", contact.readiness().ready());
        json.put("notReadyReasons", contact.readiness().reasons());
        json.put("archived", contact.archived());
        json.put("notes", contact.notes());
        json.put("createdAt", contact.createdAt().toString());
        json.put("updatedAt", contact.updatedAt().toString());
        return json;
    }
}
