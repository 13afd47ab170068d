package com.portaldesk.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic made-up contacts for demonstrations, load tests and benchmarks. Phone numbers use the
 * 555-01xx range that is reserved for fiction, emails use example domains, and SSNs use area numbers
 * 001-665 with valid groups and serials, so none can belong to a real person's mailbox or phone.
 */
public final class FakeContacts {
    private static final String[] FIRST = {
        "James",
        "Mary",
        "Robert",
        "Patricia",
        "John",
        "Jennifer",
        "Michael",
        "Linda",
        "David",
        "Elizabeth",
        "William",
        "Barbara",
        "Richard",
        "Susan",
        "Joseph",
        "Jessica",
        "Thomas",
        "Sarah",
        "Carlos",
        "Karen",
        "Wei",
        "Nancy",
        "Ahmed",
        "Lisa",
        "Daniel",
        "Betty",
        "Matthew",
        "Margaret",
        "José",
        "Sandra",
        "Anthony",
        "Ashley",
        "Mark",
        "Kimberly",
        "Zoë",
        "Emily",
        "Paul",
        "Donna",
        "Andrew",
        "Michelle",
        "Joshua",
        "Carol",
        "Kenneth",
        "Amanda",
        "Kevin",
        "Dorothy",
        "Brian",
        "Melissa",
        "Priya",
        "Chloé"
    };
    private static final String[] LAST = {
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Rodriguez",
        "Martinez",
        "Hernandez",
        "Lopez",
        "Gonzalez",
        "Wilson",
        "Anderson",
        "Thomas",
        "Taylor",
        "Moore",
        "Jackson",
        "Martin",
        "Lee",
        "Perez",
        "Thompson",
        "White",
        "Harris",
        "Sanchez",
        "Clark",
        "Ramirez",
        "Lewis",
        "Robinson",
        "Walker",
        "Young",
        "Allen",
        "King",
        "Wright",
        "Scott",
        "Torres",
        "Nguyen",
        "Hill",
        "Flores",
        "Green",
        "Adams",
        "Nelson",
        "Baker",
        "Hall",
        "Rivera",
        "Campbell",
        "Mitchell",
        "O'Brien",
        "Müller"
    };
    private static final String[] DOMAINS = {"example.com", "example.org", "example.net"};
    private static final String[] AREA_CODES = {"212", "312", "415", "503", "617", "702", "713", "808", "919", "206"};

    private FakeContacts() {}

    /** The same seed gives the same contacts; every (email, last four) pair is distinct. */
    public static List<ContactInput> generate(int count, long seed) {
        Random random = new Random(seed);
        List<ContactInput> contacts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String email = (ascii(first) + "." + ascii(last) + "." + i + "@" + DOMAINS[i % DOMAINS.length])
                    .toLowerCase(Locale.ROOT);
            String mobile = random.nextInt(10) < 8
                    ? "(" + AREA_CODES[random.nextInt(AREA_CODES.length)] + ") 555-01"
                            + String.format("%02d", random.nextInt(100))
                    : "";
            int area = 1 + random.nextInt(665);
            String ssn = random.nextInt(10) < 9
                    ? String.format(
                            "%03d-%02d-%04d",
                            area == 666 ? 665 : area, 1 + random.nextInt(99), 1 + random.nextInt(9999))
                    : "";
            contacts.add(new ContactInput(first, last, email, mobile, ssn, "", "", random.nextInt(20) != 0, ""));
        }
        return contacts;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }
}
