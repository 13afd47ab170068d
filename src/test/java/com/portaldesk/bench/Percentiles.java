package com.portaldesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Times a piece of work many times, after a few warm-up runs, and answers its median and 95th percentile. */
final class Percentiles {
    private static final int WARM_UP = 3;

    private Percentiles() {}

    /** Milliseconds. */
    record Spread(double median, double p95) {}

    static Spread millis(int runs, Callable<?> work) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs + WARM_UP; i++) {
            long start = System.nanoTime();
            work.call();
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        return new Spread(millis.get((millis.size() - 1) / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
    }

    /** Seconds one run of the work takes. */
    static double seconds(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e9;
    }
}
