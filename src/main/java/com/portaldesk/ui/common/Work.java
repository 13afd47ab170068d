package com.portaldesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work a view model hands off: run it somewhere, then give the answer (or the failure) back where the screen may use
 * it. {@link Background} runs it off the FX thread; a test runs it at once, so a view model is tested without the
 * FX toolkit, a database or waiting.
 */
public interface Work {
    <T> void then(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread (tests, and work that must not wait). */
    static Work direct() {
        return new Work() {
            @Override
            public <T> void then(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
