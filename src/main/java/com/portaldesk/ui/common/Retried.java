package com.portaldesk.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that must not be lost, such as an audit write nobody waits for (a kiosk's start, the end of a client's
 * session): tried again with a growing pause on the background thread it already runs on, and when every try
 * failed, reported as an error in the log with what was not recorded. Never dropped without a word.
 */
public final class Retried {
    private static final Logger LOG = LoggerFactory.getLogger(Retried.class);

    private Retried() {}

    /** {@code work} tried up to {@code attempts} times, pausing {@code firstPause}, then twice that, and so on. */
    public static <T> Callable<T> upTo(int attempts, Duration firstPause, Callable<T> work) {
        return () -> {
            Exception last = null;
            long pause = firstPause.toMillis();
            for (int attempt = 1; attempt <= attempts; attempt++) {
                try {
                    return work.call();
                } catch (Exception e) {
                    last = e;
                    LOG.debug("Attempt {} of {} failed: {}", attempt, attempts, e.getMessage(), e);
                    if (attempt < attempts) {
                        Thread.sleep(pause);
                        pause *= 2;
                    }
                }
            }
            throw last;
        };
    }

    /** The failure handler for such work once every try failed: an error in the log naming what was lost. */
    public static void report(String what, Throwable failure) {
        LOG.error("{} could not be recorded, after several tries: {}", what, failure.getMessage(), failure);
    }
}
