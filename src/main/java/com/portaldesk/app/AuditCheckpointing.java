package com.portaldesk.app;

import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.config.AppConfig;
import com.portaldesk.store.Database;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how far the audit log has come, outside the database (see CheckpointLog), at every start and close of a
 * program that works on the firm's database; a run that only checks another database writes none.
 */
final class AuditCheckpointing {
    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpointing.class);

    private final AuditLog audit;
    private final CheckpointLog checkpoints;
    private final boolean writes;

    AuditCheckpointing(AuditLog audit, CheckpointLog checkpoints, boolean writes) {
        this.audit = audit;
        this.checkpoints = checkpoints;
        this.writes = writes;
    }

    /** This data folder's checkpoint log, about this database. */
    static CheckpointLog logFor(AppConfig config, Database database) {
        return new CheckpointLog(
                config.dataDir().resolve("logs"),
                checkpointDatabase(config, database),
                config.dbUrl().isEmpty());
    }

    /**
     * The database a checkpoint is about, as every path to it names it alike: the embedded one by its folder's real
     * path (a link or a relative path to the same folder is the same database), a shared one by its URL.
     */
    private static String checkpointDatabase(AppConfig config, Database database) {
        if (!config.dbUrl().isEmpty()) {
            return database.description();
        }
        try {
            return "embedded " + config.dataDir().toRealPath();
        } catch (IOException e) {
            return "embedded " + config.dataDir().toAbsolutePath().normalize();
        }
    }

    void write() {
        if (!writes) {
            return;
        }
        try {
            // A database rolled back to an older copy carries a genuinely sealed head: only the checkpoints this
            // workstation kept can tell, so they are compared at every start and close, and any contradiction is
            // an alarm in the log (and on the staff app's screen, see IntegrityWatch).
            audit.contradictedBy(checkpoints.all()).ifPresent(problem -> LOG.error("AUDIT LOG ALARM: {}", problem));
            checkpoints.append(audit.checkpoint());
        } catch (RuntimeException e) {
            LOG.error("No audit checkpoint was written: {}", e.getMessage(), e);
        }
    }
}
