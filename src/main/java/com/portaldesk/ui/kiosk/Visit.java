package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Language;
import com.portaldesk.verify.ClientSession;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The client's visit as the steps see it: what a step may do beyond its own fields (move on, say something,
 * run work for this client). Implemented by {@link KioskFlow}, which owns everything {@link KioskFlow#wipe()}
 * must clear.
 */
interface Visit {
    /** Work for this client with the busy indicator; a failure says sign-in is not available now. */
    <T> void run(String busyKey, Callable<T> task, Consumer<T> then);

    /** As {@link #run}, and {@code late} receives an answer that arrived after a wipe (for cleaning up). */
    <T> void run(String busyKey, Callable<T> task, Consumer<T> then, Consumer<T> late);

    /** Without the busy indicator; dropped after a wipe. */
    <T> void quietly(Callable<T> task, Consumer<T> then, Runnable failed);

    /** The message of the step (null: none). */
    void say(String key, Object... args);

    /** The error under the card (null: none). */
    void warn(String key, Object... args);

    ReadOnlyObjectProperty<ClientText> message();

    ReadOnlyBooleanProperty busy();

    void go(Step step);

    /** The language the client chose on this screen; codes are sent in it. */
    Language language();

    /** The code was right: the client's session starts and the welcome follows. */
    void signedIn(ClientSession session);

    /** A session approved after its client had gone (the answer came after a wipe): ended at once. */
    void abandoned(ClientSession session);

    Optional<ClientSession> session();

    /** A touch, a key, a button: the idle clock starts again. */
    void activity();

    void wipe();

    /** The same client starts again from the first step: everything typed is cleared, their language stays. */
    void startOver();

    /** The client said they are done: their session ends and the next person is told the screen was cleared. */
    void signOut();
}
