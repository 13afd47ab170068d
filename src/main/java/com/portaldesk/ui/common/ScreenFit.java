package com.portaldesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A window never larger than the screen it is on, nor past its edges: a title bar above the top of the screen
 * leaves a window no one can move, and a tab or button drawn off the screen cannot be pressed.
 */
public final class ScreenFit {
    private ScreenFit() {}

    /** The usable part (without task bars) of the screen most of this window is on; the primary one if none. */
    public static Rectangle2D screenOf(Window window) {
        return Screen.getScreensForRectangle(
                        window.getX(), window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight()))
                .stream()
                .findFirst()
                .orElse(Screen.getPrimary())
                .getVisualBounds();
    }

    /** Shrinks the shown window to the screen where it is larger, then moves it back inside the screen's edges. */
    public static void keepOnScreen(Window window) {
        keepOn(window, screenOf(window));
    }

    /** The same, on a given screen's usable part. */
    public static void keepOn(Window window, Rectangle2D screen) {
        window.setWidth(Math.min(window.getWidth(), screen.getWidth()));
        window.setHeight(Math.min(window.getHeight(), screen.getHeight()));
        window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
    }
}
