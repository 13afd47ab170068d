package com.portaldesk.testutil;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screen tests wait for what they need to see, never for a fixed time, with a bound generous enough for a busy
 * two-core machine; then they let the FX thread finish what the change set off.
 */
public final class FxWait {
    private static final int SECONDS = 60;

    private FxWait() {}

    /**
     * Hides every window a test left open, as the program does. TestFX closes them after the test by asking each to
     * close, as a person would, and a form with something typed in it answers that with "Discard?", which would wait
     * for a click that never comes.
     */
    public static void hideEveryWindow() {
        // Dialogs before the windows that own them, as the program does (hiding an owner asks its dialogs to close).
        onFxThread(() -> Window.getWindows().stream()
                .sorted(Comparator.comparing(window -> !(window instanceof Stage stage && stage.getOwner() != null)))
                .toList()
                .forEach(Window::hide));
    }

    /** Runs something on the FX thread and waits for it, as long as a busy machine may take to build a window. */
    public static void onFxThread(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(SECONDS * 1000L, action);
    }

    /** Works something out on the FX thread and waits for the answer, within the same bound. */
    public static <T> T onFxThread(Callable<T> question) {
        return WaitForAsyncUtils.waitForAsyncFx(SECONDS * 1000L, question);
    }

    /** {@link Eventually#waitUntil}, the one condition wait, then what the FX thread still has to do about it. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        waitUntil("a condition on the screen", condition);
    }

    public static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        Eventually.waitUntil(what, Duration.ofSeconds(SECONDS), condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
