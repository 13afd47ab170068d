package com.portaldesk.staff;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Lookups of staff accounts by user name, which is kept lower-case. */
final class StaffStore {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private StaffStore() {}

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static Optional<StaffUser> byUsername(EntityManager em, String username) {
        return em.createQuery("select u from StaffUser u where u.username = :name", StaffUser.class)
                .setParameter("name", normalise(username))
                .getResultStream()
                .findFirst();
    }

    static long count(EntityManager em) {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }
}
