package com.portaldesk.contacts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What the in-memory search needs of one contact: its search text, the columns its orders and filters read, and
 * its row version, by which {@link ContactIndex} tells whether the database holds something newer. No secrets: the
 * last four is only its keyed lookup hash, as stored.
 */
record IndexedContact(
        UUID id,
        long version,
        String searchText,
        boolean archived,
        String lastNameKey,
        String firstNameKey,
        String email,
        String mobileE164,
        Instant updatedAt,
        boolean portalAccess,
        SecretKind secretKind,
        Channel preferredChannel,
        byte[] last4Lookup) {

    /** The columns {@link #of(Object[])} reads, in its order. */
    static final String COLUMNS = "c.id, c.version, c.searchText, c.archived, c.lastName, c.firstName, c.email, "
            + "c.mobileE164, c.updatedAt, c.portalAccess, c.secretKind, c.preferredChannel, c.last4Lookup";

    static IndexedContact of(Object[] row) {
        return new IndexedContact(
                (UUID) row[0],
                ((Number) row[1]).longValue(),
                (String) row[2],
                (Boolean) row[3],
                ((String) row[4]).toLowerCase(Locale.ROOT),
                ((String) row[5]).toLowerCase(Locale.ROOT),
                (String) row[6],
                (String) row[7],
                (Instant) row[8],
                (Boolean) row[9],
                (SecretKind) row[10],
                (Channel) row[11],
                (byte[]) row[12]);
    }

    boolean prefersTextsWithoutMobile() {
        return preferredChannel == Channel.SMS && mobileE164 == null;
    }
}
