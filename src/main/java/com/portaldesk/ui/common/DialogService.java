package com.portaldesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every question and message a view model needs to put to the user. View models depend on this, never on
 * a window, so they are tested with a scripted implementation.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** A question whose yes-button names the act ("Archive"), so the answer does not need the question reread. */
    default boolean confirm(String title, String message, String action) {
        return confirm(title, message);
    }

    /**
     * The same, with the no-button naming what staying means ("Keep editing") where "Cancel" would be ambiguous, and
     * staying the default answer: for a question whose yes throws away something typed.
     */
    default boolean confirm(String title, String message, String action, String stay) {
        return confirm(title, message, action);
    }

    Optional<Path> chooseCsvToOpen(String title);

    Optional<Path> chooseCsvToSave(String title, String suggestedName);
}
