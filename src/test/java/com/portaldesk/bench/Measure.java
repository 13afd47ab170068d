package com.portaldesk.bench;

/**
 * One figure of the benchmark run, beside its bare baseline from the same run. The ratio is always the product's
 * figure over the baseline's: for a time, how many times slower; for a rate, the share of the baseline reached.
 * {@code value} is NaN for a measure that was not run, and {@code note} says why.
 */
record Measure(String name, String unit, double value, Double baseline, String target, boolean met, String note) {
    Double ratio() {
        return baseline == null || baseline == 0 ? null : value / baseline;
    }

    static Measure notRun(String name, String unit, String target, String why) {
        return new Measure(name, unit, Double.NaN, null, target, false, why);
    }
}
