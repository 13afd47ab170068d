package com.portaldesk.contacts;

import java.util.Optional;

/**
 * A contact's details after validation: every value object is known good. The secret is empty when the
 * input left the SSN and PIN blank (keep what is on file when editing, none when adding).
 */
public record ContactDetails(
        String firstName,
        String lastName,
        Optional<Email> email,
        Optional<PhoneNumber> mobile,
        Optional<Ssn> ssn,
        Optional<Pin> pin,
        Channel channel,
        boolean portalAccess,
        String notes,
        Language language) {

    /** The four digits a client types at sign-in, when this input sets one. */
    public Optional<String> newLastFour() {
        return ssn.map(Ssn::lastFour).or(() -> pin.map(Pin::digits));
    }
}
