package com.portaldesk.testutil;

import com.portaldesk.contacts.ContactInput;
import java.util.List;

/**
 * A small, known set of contacts. SSN digits are chosen so that none of them appear inside any phone
 * number, email or name here, nor in the run "0123456789" that H2 keeps in its own metadata, which keeps
 * the at-rest scan meaningful.
 */
public final class TypicalContacts {
    public static final String ALICE_SSN = "371-82-6879";
    public static final String BOB_SSN = "287-65-4321";
    public static final String CAROL_LAST4 = "7351";

    public static final ContactInput ALICE = new ContactBuilder()
            .withName("Alice", "Pauline")
            .withEmail("alice@example.com")
            .withMobile("(212) 555-0101")
            .withSsn(ALICE_SSN)
            .build();
    public static final ContactInput BOB = new ContactBuilder()
            .withName("Bob", "Pauline")
            .withEmail("alice@example.com")
            .withMobile("")
            .withSsn(BOB_SSN)
            .withChannel("email")
            .build();
    public static final ContactInput CAROL = new ContactBuilder()
            .withName("Carol", "Kurz")
            .withEmail("carol.kurz@example.org")
            .withMobile("+1 312 555 0188")
            .withSsn(CAROL_LAST4)
            .build();
    public static final ContactInput DANIEL = new ContactBuilder()
            .withName("Daniel", "Meier")
            .withEmail("d.meier@example.net")
            .withMobile("")
            .withSsn("")
            .withChannel("email")
            .build();

    private TypicalContacts() {}

    public static List<ContactInput> all() {
        return List.of(ALICE, BOB, CAROL, DANIEL);
    }
}
