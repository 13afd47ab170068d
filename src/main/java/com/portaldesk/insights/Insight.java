package com.portaldesk.insights;

import java.util.UUID;

/**
 * One thing a front desk can act on, drawn from sign-in failures: who or what it is about, how often it happened,
 * and the next step in plain words.
 *
 * @param contactId the contact it is about; null when it is about several (contacts not portal-ready)
 */
public record Insight(InsightKind kind, String subject, long count, String nextStep, UUID contactId) {}
