package com.portaldesk.report;

import static com.portaldesk.report.ReportWords.count;

import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the firm must look at, found in the facts: each a sentence a partner can act on. */
final class SafeguardsExceptions {
    /** An account unused this long is a door nobody watches. */
    static final Duration UNUSED_ACCOUNT = Duration.ofDays(90);

    private SafeguardsExceptions() {}

    static List<String> in(SafeguardsFacts facts) {
        List<String> found = new ArrayList<>();
        var chain = facts.integrity().chain();
        if (!chain.intact()) {
            found.add("The audit log is broken at event " + chain.firstBrokenSeq() + ": " + chain.problem() + " Find "
                    + "out what happened before trusting any figure in this report.");
        } else if (facts.integrity().checkpoint().isEmpty()) {
            found.add("No checkpoint of the audit log could be made for this report.");
        }
        List<StaffAccount> active =
                facts.staff().stream().filter(s -> !s.disabled()).toList();
        active.stream()
                .filter(s -> s.role() == Role.ADMIN && !s.mfaEnrolled())
                .forEach(s -> found.add("Admin " + s.displayName() + " (" + s.username() + ") has no second factor."));
        active.stream()
                .filter(s -> s.role() != Role.ADMIN && !s.mfaEnrolled())
                .forEach(s ->
                        found.add("Staff member " + s.displayName() + " (" + s.username() + ") has no second factor."));
        active.stream()
                .filter(s -> s.lastSignInAt() == null
                        || s.lastSignInAt().isBefore(facts.generatedAt().minus(UNUSED_ACCOUNT)))
                .forEach(s -> found.add((s.lastSignInAt() == null
                                ? "The account " + s.username() + " has never been " + "used"
                                : "The account " + s.username() + " has not been used for "
                                        + Duration.between(s.lastSignInAt(), facts.generatedAt())
                                                .toDays() + " days")
                        + ": disable it if it is no longer needed."));
        facts.repeatedLocks()
                .forEach((name, times) -> found.add(name + " was locked out " + times + " times: check "
                        + "with the client that the email address and last four on file are theirs."));
        if (facts.encryption().secrets().failed() > 0) {
            found.add(count(facts.encryption().secrets().failed()) + " stored SSNs, last fours or PINs do not open "
                    + "with the key in use.");
        }
        if (!facts.encryption().keyFile().sound()) {
            found.add("The key file is " + facts.encryption().keyFile().words() + ".");
        }
        facts.backups().health().warning().ifPresentOrElse(warning -> found.add("Backups: " + warning), () -> {
            if (!facts.backups().scheduled()) {
                found.add("Automatic daily backups are off: an admin can set them up under Backups.");
            }
        });
        return found;
    }
}
