package com.portaldesk.ui.staff;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The staff window's stage and every window opened over it (a contact being edited, an import, a question): use in
 * any of them counts for the idle lock, and the lock hides them all, so an open contact with its SSN is not left
 * readable on an unattended desk.
 */
final class OwnedWindows {
    /** A dialog marked with this comes back after the lock is opened, with everything typed in it. */
    static final String COMES_BACK = "portaldesk.comesBackAfterLock";

    /** Use, as the operating system's own screen lock counts it: a key, a click, a scroll, a touch, the mouse moved. */
    private static final List<EventType<? extends InputEvent>> USES = List.of(
            KeyEvent.KEY_PRESSED,
            MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_MOVED,
            MouseEvent.MOUSE_DRAGGED,
            ScrollEvent.SCROLL,
            TouchEvent.TOUCH_PRESSED);

    private final Stage stage;
    /** What was hooked into the stage and the app's windows, undone when another window takes the stage. */
    private final List<Runnable> whenReplaced = new ArrayList<>();
    /** Dialogs that keep work in progress, hidden by the lock, shown again after it. */
    private final List<Stage> hiddenByLock = new ArrayList<>();

    OwnedWindows(Stage stage) {
        this.stage = stage;
    }

    /**
     * Calls {@code used} on each use of the stage or of a window opened over it, for as long as {@code scene} is
     * the stage's: the stage outlives a window (sign out, sign in again), and the next one counts its own use.
     */
    void countUse(Scene scene, Runnable used) {
        countsAsUse(stage, used);
        ListChangeListener<Window> opened = change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(this::ownedHere).forEach(window -> countsAsUse(window, used));
            }
        };
        Window.getWindows().addListener(opened);
        whenReplaced.add(() -> Window.getWindows().removeListener(opened));
        stage.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != scene) {
                    stage.sceneProperty().removeListener(this);
                    whenReplaced.forEach(Runnable::run);
                    whenReplaced.clear();
                }
            }
        });
    }

    private void countsAsUse(Window window, Runnable used) {
        EventHandler<InputEvent> use = event -> used.run();
        for (EventType<? extends InputEvent> type : USES) {
            window.addEventFilter(type, use);
            whenReplaced.add(() -> window.removeEventFilter(type, use));
        }
    }

    /**
     * Hides every window over the stage. A dialog marked {@link #COMES_BACK} comes back after the unlock; a question
     * (an alert) closes unanswered, which is "no".
     */
    void hideAll() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage && window.isShowing() && ownedHere(window)) {
                if (window instanceof Stage dialog
                        && Boolean.TRUE.equals(dialog.getProperties().get(COMES_BACK))) {
                    hiddenByLock.add(dialog);
                }
                window.hide();
            }
        }
    }

    /** Shows again the dialogs the lock hid that keep work in progress. */
    void showHidden() {
        hiddenByLock.forEach(Stage::show);
        hiddenByLock.clear();
    }

    /** A window opened over the stage, directly or over one of its dialogs. */
    private boolean ownedHere(Window window) {
        for (Window up = ownerOf(window); up != null; up = ownerOf(up)) {
            if (up == stage) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window window) {
        return window instanceof Stage owned
                ? owned.getOwner()
                : window instanceof PopupWindow popup ? popup.getOwnerWindow() : null;
    }
}
