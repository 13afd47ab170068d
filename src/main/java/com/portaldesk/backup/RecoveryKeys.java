package com.portaldesk.backup;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.RecoveryKey;
import com.portaldesk.store.Tx;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The firm's recovery key in the staff app: shown to admins (audited each time), saved as a printable sheet, and
 * confirmed by typing one group back, so that nobody can click past it without having it in hand. Until an admin has
 * confirmed it, every admin sign-in shows it.
 */
public final class RecoveryKeys {
    private final Tx tx;
    private final AuditLog audit;
    private final Path dataDir;
    private final Supplier<String> firmName;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RecoveryKeys(Tx tx, AuditLog audit, Path dataDir, Supplier<String> firmName, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.dataDir = dataDir;
        this.firmName = firmName;
        this.clock = clock;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(RecoveryKeyStateRow.class);
    }

    public boolean confirmed() {
        return tx.inTransaction(
                em -> em.find(RecoveryKeyStateRow.class, RecoveryKeyStateRow.ID).confirmed());
    }

    /** The key's 13 groups, for the screen; each showing is audited. */
    public List<String> show(Actor actor, String where) {
        List<String> groups = RecoveryKey.groups(KeyFile.read(dataDir));
        audit.record(AuditRecord.by(actor, AuditEventType.RECOVERY_KEY_SHOWN, AuditReason.STAFF_ACTION)
                .withDetail(where));
        return groups;
    }

    /** Which group (1 to 13) the admin is asked to type back: a different one each time. */
    public int groupToConfirm() {
        return 1 + random.nextInt(RecoveryKey.GROUPS);
    }

    /** True, recorded and audited, when {@code typed} is that group of the firm's key. */
    public boolean confirm(Actor actor, int group, String typed) {
        if (!RecoveryKey.groupMatches(KeyFile.read(dataDir), group, typed)) {
            return false;
        }
        tx.run(em -> {
            em.find(RecoveryKeyStateRow.class, RecoveryKeyStateRow.ID).confirm(actor.name(), clock.instant());
            audit.append(
                    em,
                    AuditRecord.by(actor, AuditEventType.RECOVERY_KEY_CONFIRMED, AuditReason.STAFF_ACTION)
                            .withDetail("group " + group + " typed back"));
        });
        return true;
    }

    /** Writes the printable recovery sheet (PDF); audited as a showing once the file is written. */
    public void saveSheet(Path pdf, Actor actor) {
        RecoverySheet.write(pdf, firmName.get(), LocalDate.now(clock), RecoveryKey.groups(KeyFile.read(dataDir)));
        audit.record(AuditRecord.by(actor, AuditEventType.RECOVERY_KEY_SHOWN, AuditReason.STAFF_ACTION)
                .withDetail("saved as a recovery sheet: " + pdf.getFileName()));
    }
}
