package com.portaldesk.ui.kiosk;

import com.portaldesk.ui.common.Retried;
import com.portaldesk.ui.common.Work;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Work for whoever is at the kiosk now, run off the FX thread. An answer that arrives after a wipe belongs to
 * the previous client: it is never shown, and may be handed to a clean-up instead (an approval that lands just
 * after the wipe leaves a session nobody will use).
 */
final class ClientWork {
    private final Work background;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The catalogue key of what the client is waiting for ("Sending your code…"); empty when nothing is. */
    private final StringProperty busyKey = new SimpleStringProperty("");

    private long generation;
    private static final int RETRIES = 4;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    ClientWork(Work background) {
        this.background = background;
    }

    /** Called by every wipe: answers still on their way are for someone who has gone. */
    void forgetPending() {
        generation++;
        busy.set(false);
        busyKey.set("");
    }

    /** With the busy indicator and its text; {@code late} gets an answer that came after a wipe. */
    <T> void run(String whileBusyKey, Callable<T> work, Consumer<T> then, Consumer<T> late, Runnable failed) {
        busy.set(true);
        busyKey.set(whileBusyKey);
        long mine = generation;
        background.then(
                work,
                result -> {
                    if (mine != generation) {
                        late.accept(result);
                        return;
                    }
                    busy.set(false);
                    busyKey.set("");
                    then.accept(result);
                },
                failure -> {
                    if (mine == generation) {
                        busy.set(false);
                        busyKey.set("");
                        failed.run();
                    }
                });
    }

    /** Without the busy indicator: reads that follow a step (the contact's details, the state of a text). */
    <T> void quietly(Callable<T> work, Consumer<T> then, Runnable failed) {
        long mine = generation;
        background.then(
                work,
                result -> {
                    if (mine == generation) {
                        then.accept(result);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        failed.run();
                    }
                });
    }

    /**
     * Not tied to the client at the screen (ending a session, which writes to the audit log): tried again when it
     * fails, and reported as an error when every try failed, never dropped.
     */
    <T> void detached(String what, Callable<T> work) {
        background.then(
                Retried.upTo(RETRIES, RETRY_PAUSE, work),
                ClientWork::doneUnseen,
                failure -> Retried.report(what, failure));
    }

    /** Work done for no one at the screen: its success has nothing to show (its failure is reported). */
    private static <T> void doneUnseen(T result) {
        // Deliberately nothing: the work's own effect (the audit event) is the record of it.
    }

    BooleanProperty busy() {
        return busy;
    }

    StringProperty busyKey() {
        return busyKey;
    }
}
