package com.portaldesk.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One data row judged: valid details to import, or every reason it is refused. */
public record ImportRow(long line, ContactInput input, Optional<ContactDetails> details, List<String> problems) {
    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public String reason() {
        return String.join(" ", problems);
    }

    ImportRow refused(String problem) {
        List<String> more = new ArrayList<>(problems);
        more.add(problem);
        return new ImportRow(line, input, Optional.empty(), more);
    }
}
