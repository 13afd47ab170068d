package com.portaldesk.app;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.Checkpoint;
import com.portaldesk.backup.RestoredCheck;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.store.RestoreTarget;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a restored database as PortalDesk always opens one, and checks what a backup promised. */
public final class RestoredDatabaseCheck implements RestoredCheck {
    private static final Logger LOG = LoggerFactory.getLogger(RestoredDatabaseCheck.class);
    private final Actor actor;

    public RestoredDatabaseCheck(Actor actor) {
        this.actor = actor;
    }

    @Override
    public Result check(AppConfig restored, String checkpointCode, String restoredNote) {
        try (AppContext context = AppContext.openToCheck(restored)) {
            Optional<Checkpoint> checkpoint = Checkpoint.find(checkpointCode == null ? "" : checkpointCode);
            ChainVerification chain = checkpoint.isPresent()
                    ? context.audit().verifyChain((done, total) -> {}, checkpoint.get())
                    : context.audit().verifyChain();
            ContactService.SecretCheck secrets = context.contacts().checkSecrets();
            long contacts = context.contacts()
                    .search(new ContactQuery("", ContactQuery.Scope.ALL, 1))
                    .totalMatches();
            if (restoredNote != null && chain.intact()) {
                context.audit()
                        .record(AuditRecord.by(actor, AuditEventType.BACKUP_RESTORED, AuditReason.STAFF_ACTION)
                                .withDetail(restoredNote));
            }
            return new Result(
                    contacts,
                    chain.eventsChecked(),
                    chain.intact(),
                    chain.intact() ? "intact" : chain.problem(),
                    secrets.opened(),
                    secrets.failed());
        }
    }

    @Override
    public void refused(AppConfig target, String detail) {
        if (!RestoreTarget.holdsPortalDesk(target)) {
            LOG.warn("A restore was refused, and there is no PortalDesk database here to record it in: {}", detail);
            return;
        }
        try (AppContext context = AppContext.openToCheck(target)) {
            context.audit()
                    .record(AuditRecord.by(actor, AuditEventType.BACKUP_FAILED, AuditReason.STAFF_ACTION)
                            .withDetail(detail));
        } catch (RuntimeException e) {
            LOG.error(
                    "A restore was refused ({}), and that could not be recorded in the audit log: {}",
                    detail,
                    e.getMessage(),
                    e);
        }
    }
}
