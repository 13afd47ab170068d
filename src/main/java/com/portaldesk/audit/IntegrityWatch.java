package com.portaldesk.audit;

import com.portaldesk.store.DataFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What staff must be told now about the trust the product rests on, shown on every workstation's screen: the audit
 * alarm (the log's head missing or unsealed: nothing more can be recorded), a log that contradicts the checkpoints
 * this workstation kept (the database was rolled back to an older copy), and files in the data folder whose
 * permissions someone loosened and PortalDesk tightened again.
 */
public final class IntegrityWatch {
    private final AuditLog audit;
    private final CheckpointLog checkpoints;
    private final Path dataDir;

    public IntegrityWatch(AuditLog audit, CheckpointLog checkpoints, Path dataDir) {
        this.audit = audit;
        this.checkpoints = checkpoints;
        this.dataDir = dataDir;
    }

    /** The audit alarm alone: cheap (one row), for a banner every workstation polls. */
    public Optional<String> alarm() {
        Optional<String> head = audit.alarm();
        return head.isPresent() ? head : audit.contradictedBy(checkpoints.all());
    }

    /** Everything to warn about, most serious first; empty when all is well. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        alarm().ifPresent(alarm -> warnings.add("Audit log alarm: " + alarm));
        List<String> loosened = DataFolder.repairedPermissions(dataDir);
        if (!loosened.isEmpty()) {
            warnings.add("Data folder: someone let other accounts reach PortalDesk's data folder; PortalDesk made "
                    + "it owner-only again at start. Find out who changed it: " + String.join("; ", loosened) + ".");
        }
        return List.copyOf(warnings);
    }
}
