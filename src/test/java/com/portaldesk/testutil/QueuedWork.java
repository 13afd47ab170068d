package com.portaldesk.testutil;

import com.portaldesk.ui.common.Work;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds each piece of a view model's work until told to run it: an answer that arrives later, after the person has
 * already done something else on the screen.
 */
public final class QueuedWork implements Work {
    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void then(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> Work.direct().then(task, onSuccess, onFailure));
    }

    /** Runs what is waiting, including work that this work hands on, in the order it was handed over. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }
}
