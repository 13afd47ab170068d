package com.portaldesk.audit;

import java.util.UUID;

/**
 * What a service asks to be written to the audit log. Destinations are already masked; a code, an SSN, a
 * last four or a secret never belongs here.
 */
public record AuditRecord(
        AuditEventType type,
        AuditReason reason,
        String terminalId,
        UUID contactId,
        UUID challengeId,
        String channel,
        String destinationMasked,
        String detail,
        String actor) {

    public AuditRecord {
        // The unit separator delimits fields in the chain's hash; no field may smuggle one in.
        detail = detail == null ? "" : detail.replace('\u001F', ' ');
        actor = actor == null ? "" : actor.replace('\u001F', ' ');
    }

    /** Without an actor: what a client or PortalDesk itself did. */
    public AuditRecord(
            AuditEventType type,
            AuditReason reason,
            String terminalId,
            UUID contactId,
            UUID challengeId,
            String channel,
            String destinationMasked,
            String detail) {
        this(type, reason, terminalId, contactId, challengeId, channel, destinationMasked, detail, "");
    }

    public static AuditRecord of(AuditEventType type, AuditReason reason, String terminalId) {
        return new AuditRecord(type, reason, terminalId, null, null, null, null, "");
    }

    /** What a staff member (or a command-line account) did, where. */
    public static AuditRecord by(Actor actor, AuditEventType type, AuditReason reason) {
        return new AuditRecord(type, reason, actor.terminalId(), null, null, null, null, "", actor.name());
    }

    public AuditRecord withContact(UUID id) {
        return new AuditRecord(type, reason, terminalId, id, challengeId, channel, destinationMasked, detail, actor);
    }

    public AuditRecord withChallenge(UUID id) {
        return new AuditRecord(type, reason, terminalId, contactId, id, channel, destinationMasked, detail, actor);
    }

    public AuditRecord withDelivery(String channelName, String masked) {
        return new AuditRecord(type, reason, terminalId, contactId, challengeId, channelName, masked, detail, actor);
    }

    public AuditRecord withDetail(String text) {
        return new AuditRecord(
                type, reason, terminalId, contactId, challengeId, channel, destinationMasked, text, actor);
    }

    public AuditRecord withActor(String name) {
        return new AuditRecord(
                type, reason, terminalId, contactId, challengeId, channel, destinationMasked, detail, name);
    }
}
