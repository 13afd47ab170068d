package com.portaldesk.audit;

/** The audit log is not as PortalDesk left it, so an operation that must vouch for it refuses. */
public final class AuditIntegrityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AuditIntegrityException(String message) {
        super(message);
    }
}
