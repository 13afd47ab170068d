package com.portaldesk.contacts;

import com.portaldesk.store.FieldCipher;

/** Seals and unseals the SSN, last four or PIN of a contact; the only class that sees the digits. */
final class ContactSecrets {
    private final FieldCipher cipher;

    ContactSecrets(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** A blank SSN and PIN keep what is on file, so editing a name never needs the SSN retyped. */
    void apply(Contact contact, ContactDetails details) {
        if (details.ssn().isPresent()) {
            Ssn ssn = details.ssn().get();
            seal(contact, ssn.isFull() ? SecretKind.FULL_SSN : SecretKind.SSN_LAST4, ssn.digits(), ssn.lastFour());
        } else if (details.pin().isPresent()) {
            String pin = details.pin().get().digits();
            seal(contact, SecretKind.PIN, pin, pin);
        }
    }

    private void seal(Contact contact, SecretKind kind, String digits, String lastFour) {
        contact.setSecret(kind, cipher.encrypt(digits, contact.associatedData()), cipher.lookupHash(lastFour));
    }

    String masked(Contact contact) {
        return switch (contact.secretKind()) {
            case NONE -> "";
            case PIN -> "PIN set";
            case FULL_SSN, SSN_LAST4 -> {
                String digits = cipher.decrypt(contact.secretCipher(), contact.associatedData());
                yield "•••-••-" + digits.substring(digits.length() - 4);
            }
        };
    }
}
