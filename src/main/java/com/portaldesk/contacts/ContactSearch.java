package com.portaldesk.contacts;

import com.portaldesk.store.FieldCipher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the search query. Every word typed must appear in the contact's search text (name, email, phone
 * digits); four digits alone also match the last four through its keyed hash, never through stored digits.
 */
final class ContactSearch {
    private final FieldCipher cipher;

    ContactSearch(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The lower-case text the LIKE search runs over; holds no SSN digits. */
    static String searchTextOf(ContactDetails details) {
        StringBuilder text = new StringBuilder();
        text.append(details.firstName()).append(' ').append(details.lastName());
        details.email().ifPresent(email -> text.append(' ').append(email.value()));
        details.mobile()
                .ifPresent(mobile -> text.append(' ').append(mobile.e164().substring(1)));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    List<Contact> find(EntityManager em, ContactQuery query, int offset, int limit) {
        if (query.onlyIds() != null && query.onlyIds().isEmpty()) {
            return List.of();
        }
        TypedQuery<Contact> typed = em.createQuery(
                "select c from Contact c" + where(query) + " order by "
                        + query.sort().orderBy(query.descending()),
                Contact.class);
        parameters(query).forEach(typed::setParameter);
        return typed.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** These columns of every match, in the query's order, as a query to stream. */
    TypedQuery<Object[]> exportRows(EntityManager em, ContactQuery query, String columns) {
        TypedQuery<Object[]> typed = em.createQuery(
                "select " + columns + " from Contact c" + where(query) + " order by "
                        + query.sort().orderBy(query.descending()),
                Object[].class);
        parameters(query).forEach(typed::setParameter);
        return typed.setFirstResult(query.offset());
    }

    long count(EntityManager em, ContactQuery query) {
        if (query.onlyIds() != null && query.onlyIds().isEmpty()) {
            return 0;
        }
        TypedQuery<Long> typed = em.createQuery("select count(c) from Contact c" + where(query), Long.class);
        parameters(query).forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    private static String where(ContactQuery query) {
        List<String> clauses = new ArrayList<>();
        switch (query.scope()) {
            case ACTIVE -> clauses.add("c.archived = false");
            case ARCHIVED -> clauses.add("c.archived = true");
            case ALL -> {}
        }
        if (query.filter().condition() != null) {
            clauses.add(query.filter().condition());
        }
        if (query.onlyIds() != null) {
            clauses.add("c.id in :ids");
        }
        List<String> tokens = tokens(query.text());
        if (!tokens.isEmpty()) {
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                likes.add("c.searchText like :t" + i + " escape '\\'");
            }
            String words = String.join(" and ", likes);
            clauses.add(isLastFour(query.text()) ? "((" + words + ") or c.last4Lookup = :lookup)" : "(" + words + ")");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private Map<String, Object> parameters(ContactQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> tokens = tokens(query.text());
        for (int i = 0; i < tokens.size(); i++) {
            parameters.put("t" + i, "%" + escapeLike(tokens.get(i)) + "%");
        }
        if (!tokens.isEmpty() && isLastFour(query.text())) {
            parameters.put("lookup", cipher.lookupHash(query.text().strip()));
        }
        if (query.onlyIds() != null) {
            parameters.put("ids", query.onlyIds());
        }
        return parameters;
    }

    /** The keyed hash of the last four the query may be (four digits alone), or null when it is not one. */
    byte[] lastFourLookup(ContactQuery query) {
        return isLastFour(query.text()) ? cipher.lookupHash(query.text().strip()) : null;
    }

    /** Words of the query; a word that looks like part of a phone number keeps only its digits. */
    static List<String> tokens(String text) {
        String limited =
                text.length() > ContactQuery.MAX_TEXT_LENGTH ? text.substring(0, ContactQuery.MAX_TEXT_LENGTH) : text;
        List<String> tokens = new ArrayList<>();
        for (String word : TextRules.normalise(limited).toLowerCase(Locale.ROOT).split("\\s+")) {
            String token =
                    word.matches("[0-9()+\\-.]+") && word.matches(".*[0-9].*") ? word.replaceAll("[^0-9]", "") : word;
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static boolean isLastFour(String text) {
        String stripped = text.strip();
        return stripped.length() == 4 && TextRules.isAsciiDigits(stripped);
    }

    private static String escapeLike(String token) {
        return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
