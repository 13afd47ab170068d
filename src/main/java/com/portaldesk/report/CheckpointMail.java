package com.portaldesk.report;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditIntegrityException;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.contacts.Email;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit checkpoint emailed each day to the firm's admin address, so proof of how far the log had come is kept
 * in a mailbox no one at the workstation can rewrite. Every running staff app asks each minute whether today's is
 * due; the first to move the day forward (one atomic UPDATE) sends it, so a shared database mails once a day. A
 * send the mail server refused is tried again an hour later. Audited as sent only once the provider accepted it.
 */
public final class CheckpointMail {
    static final Duration RETRY_AFTER = Duration.ofHours(1);
    static final String SUBJECT = "PortalDesk audit checkpoint";

    private final Tx tx;
    private final AuditLog audit;
    private final CheckpointLog checkpoints;
    private final CodeSender email;
    private final Clock clock;
    private final ZoneId office;

    public CheckpointMail(
            Tx tx, AuditLog audit, CheckpointLog checkpoints, CodeSender email, Clock clock, ZoneId office) {
        this.tx = tx;
        this.audit = audit;
        this.checkpoints = checkpoints;
        this.email = email;
        this.clock = clock;
        this.office = office;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(CheckpointMailRow.class);
    }

    /** The address the daily checkpoint goes to; empty when it is off. */
    public Optional<String> address() {
        return tx.inTransaction(em -> Optional.ofNullable(
                em.find(CheckpointMailRow.class, CheckpointMailRow.ID).address()));
    }

    /** Sets the address (blank turns the mail off); refused with a clear message when it is not an address. */
    public void setAddress(String typed, Actor actor) {
        String address = typed == null || typed.isBlank() ? null : new Email(typed).value();
        tx.run(em -> {
            CheckpointMailRow row = em.find(CheckpointMailRow.class, CheckpointMailRow.ID);
            if (Objects.equals(row.address(), address)) {
                return;
            }
            String before = row.address() == null ? "off" : row.address();
            row.change(address, actor.name(), clock.instant());
            audit.append(
                    em,
                    AuditRecord.by(actor, AuditEventType.POLICY_CHANGED, AuditReason.SETTINGS_SAVED)
                            .withDetail("daily audit checkpoint by email: " + before + " → "
                                    + (address == null ? "off" : address)));
        });
    }

    /** Sends today's checkpoint when it is due and no other workstation has taken it; what happened, if anything. */
    public Optional<DeliveryResult> sendIfDue(Actor scheduler) {
        LocalDate today = clock.instant().atZone(office).toLocalDate();
        Optional<String> to = claim(today);
        return to.map(address -> send(address, today, scheduler));
    }

    /** Sends a checkpoint now (an admin's test, or the command line), whatever the day's schedule. */
    public DeliveryResult sendNow(Actor actor) {
        String to = address()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No address is set for the daily " + "checkpoint: set one first."));
        return send(to, null, actor);
    }

    /** Moves the day forward if this process is first; the address to send to, or empty when nothing is due. */
    private Optional<String> claim(LocalDate today) {
        return tx.inTransaction(em -> {
            int claimed = em.createQuery("update CheckpointMailRow r set r.lastSentOn = :today, r.retryAfter = null"
                            + " where r.id = :id and r.address is not null"
                            + " and (r.lastSentOn is null or r.lastSentOn < :today)"
                            + " and (r.retryAfter is null or r.retryAfter <= :now)")
                    .setParameter("today", today.toString())
                    .setParameter("id", CheckpointMailRow.ID)
                    .setParameter("now", clock.instant())
                    .executeUpdate();
            return claimed == 1
                    ? Optional.ofNullable(em.find(CheckpointMailRow.class, CheckpointMailRow.ID)
                            .address())
                    : Optional.<String>empty();
        });
    }

    /** {@code claimedDay} is the day this process claimed, or null for a send asked for by hand. */
    private DeliveryResult send(String address, LocalDate claimedDay, Actor by) {
        boolean scheduled = claimedDay != null;
        Checkpoint checkpoint;
        try {
            checkpoint = audit.checkpoint();
        } catch (AuditIntegrityException e) {
            if (scheduled) {
                retryLater(claimedDay);
            }
            audit.record(AuditRecord.by(by, AuditEventType.CHECKPOINT_MAILED, AuditReason.DELIVERY_FAILED)
                    .withDetail("No checkpoint could be made: " + e.getMessage()));
            return DeliveryResult.failed("NO_CHECKPOINT", e.getMessage());
        }
        checkpoints.append(checkpoint);
        DeliveryResult result = email.sendNotice(address, SUBJECT + " " + checkpoint.code(), text(checkpoint));
        String masked = masked(address);
        if (result.sent()) {
            audit.record(AuditRecord.by(by, AuditEventType.CHECKPOINT_MAILED, AuditReason.OK)
                    .withDelivery("EMAIL", masked)
                    .withDetail(
                            "Checkpoint " + checkpoint.code() + " accepted for " + "delivery: " + result.summary()));
        } else {
            if (scheduled) {
                retryLater(claimedDay);
            }
            audit.record(AuditRecord.by(by, AuditEventType.CHECKPOINT_MAILED, AuditReason.DELIVERY_FAILED)
                    .withDelivery("EMAIL", masked)
                    .withDetail("Checkpoint " + checkpoint.code() + " not sent: "
                            + result.failureCode() + ": " + result.failureMessage()
                            + (scheduled ? " Trying again in an hour." : "")));
        }
        return result;
    }

    /** Gives the day back, to be tried again after {@link #RETRY_AFTER}. */
    private void retryLater(LocalDate claimedDay) {
        tx.run(em -> em.createQuery("update CheckpointMailRow r set r.lastSentOn = :before, r.retryAfter = :retry"
                        + " where r.id = :id and r.lastSentOn = :day")
                .setParameter("before", claimedDay.minusDays(1).toString())
                .setParameter("retry", clock.instant().plus(RETRY_AFTER))
                .setParameter("id", CheckpointMailRow.ID)
                .setParameter("day", claimedDay.toString())
                .executeUpdate());
    }

    static String text(Checkpoint checkpoint) {
        return "PortalDesk's audit log had reached event " + checkpoint.seq() + " at " + checkpoint.time() + ".\n\n"
                + "Checkpoint: " + checkpoint.code() + "\n\n"
                + "Keep this email. If the audit log is ever in doubt, run\n"
                + "    portaldesk audit verify --checkpoint " + checkpoint.code() + "\n"
                + "It proves that nothing in the log up to that event was later removed or changed; the code cannot "
                + "be made up without the firm's key file.\n";
    }

    private static String masked(String address) {
        int at = address.indexOf('@');
        return at > 0 ? address.charAt(0) + "•••" + address.substring(at) : "•••";
    }
}
