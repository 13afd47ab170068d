package com.portaldesk.testutil;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screen tests wait for what they need to see, never for a fixed time, with a bound generous enough for a busy
 * two-core machine; then they let the FX thread finish what the change set off.
 */
public final class FxWait {
    private static final int SECONDS = 60;

    private FxWait() {
    }

    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
