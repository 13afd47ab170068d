package com.portaldesk.testutil;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits on a condition, never on the clock alone: returns as soon as it holds, fails with what was awaited when it
 * does not within a generous bound (meant for a busy two-core machine, not as a timing target).
 */
public final class Eventually {
    private Eventually() {}

    public static void waitUntil(String what, Duration max, BooleanSupplier condition) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + max.toSeconds() + " s for: " + what);
            }
            // A short pause between looks at the condition (this is the condition wait, not a wait on the clock).
            LockSupport.parkNanos(50_000_000L);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what);
            }
        }
    }
}
