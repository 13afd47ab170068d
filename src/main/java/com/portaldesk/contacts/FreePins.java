package com.portaldesk.contacts;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Tx;
import java.util.Locale;
import java.util.Optional;

/**
 * A PIN for a client without an SSN: random, and used by no other contact with the same email, so the (email, last
 * four) pair a client signs in with stays unique.
 */
final class FreePins {
    private static final int TRIES = 50;

    private FreePins() {}

    static Pin suggest(Tx tx, FieldCipher cipher, String email) {
        Optional<Email> parsed = Email.isValid(TextRules.normalise(email).toLowerCase(Locale.ROOT))
                ? Optional.of(new Email(email))
                : Optional.empty();
        return tx.inTransaction(em -> {
            for (int attempt = 0; attempt < TRIES; attempt++) {
                Pin pin = Pin.random();
                if (parsed.isEmpty()
                        || ContactStore.findClash(em, parsed.get().value(), cipher.lookupHash(pin.digits()), null)
                                .isEmpty()) {
                    return pin;
                }
            }
            throw new ContactException("Could not find a free PIN for this email; try again.");
        });
    }
}
