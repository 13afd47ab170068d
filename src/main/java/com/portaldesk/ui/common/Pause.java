package com.portaldesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action once things have been quiet for a moment: each {@link #restart} puts it off again (typing a
 * search runs it once, after the last key). {@link #none()} runs it at once, for tests without the FX toolkit.
 */
public interface Pause {
    void restart(Runnable action);

    /** On the FX thread, after this much quiet. */
    static Pause of(Duration quiet) {
        PauseTransition pause = new PauseTransition(quiet);
        return action -> {
            pause.setOnFinished(event -> action.run());
            pause.playFromStart();
        };
    }

    static Pause none() {
        return Runnable::run;
    }
}
