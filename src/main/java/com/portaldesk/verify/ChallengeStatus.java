package com.portaldesk.verify;

/** Where a challenge stands. Only PENDING ones can be checked, and only real ones can become APPROVED. */
public enum ChallengeStatus {
    PENDING,
    APPROVED
}
