package com.portaldesk.verify;

import com.portaldesk.audit.AuditLog;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.store.Tx;
import java.time.Clock;

/**
 * What every part of the verification engine stands on: one transaction runner, the policy in force, the audit log,
 * the keyed code hashes and one clock (so a start, a check and a lock agree on the time).
 */
record VerifyGround(Tx tx, PolicyService policies, AuditLog audit, CodeHasher hasher, Clock clock) {}
