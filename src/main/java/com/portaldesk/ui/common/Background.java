package com.portaldesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs database and file work off the FX thread and hands the result back on it. Daemon threads, so an
 * unfinished search never keeps the program alive after the window closes.
 */
public final class Background implements Work {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final ExecutorService executor;

    public Background() {
        this(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "portaldesk-background-" + COUNTER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** For tests that need to control the order in which background work finishes. */
    public Background(ExecutorService executor) {
        this.executor = executor;
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        if (!executor.isShutdown()) {
            executor.execute(task); // after shutdown (the window is closing) late work is simply not started
        }
    }

    @Override
    public <T> void then(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    public void submit(Task<?> task) {
        executor.execute(task);
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
