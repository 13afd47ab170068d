package com.portaldesk.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;

/**
 * How large the staff app draws its text, from 100% to 200% of the system's own size, chosen by the person at the
 * desk (Ctrl + plus, Ctrl + minus, Ctrl + 0, as in a web browser) and kept for the next start. Every size scales the
 * whole window's text through one rule on the scene's root, so the stylesheet's sizes in {@code em} follow it; the
 * screens wrap, grow or scroll rather than cut words off at any of these sizes.
 */
public final class TextSize {
    /** The sizes offered, in percent of the system's text size; the last is the largest every screen is tested at. */
    public static final List<Integer> STEPS = List.of(100, 125, 150, 175, 200);

    public static final int LARGEST = STEPS.get(STEPS.size() - 1);

    private final ReadOnlyIntegerWrapper percent;
    private final double systemSize;
    private final IntConsumer remember;

    /** {@code saved} is the size kept from before (an unknown one reads as 100%); {@code remember} keeps a change. */
    public TextSize(int saved, IntConsumer remember) {
        this(saved, Font.getDefault().getSize(), remember);
    }

    TextSize(int saved, double systemSize, IntConsumer remember) {
        this.percent = new ReadOnlyIntegerWrapper(STEPS.contains(saved) ? saved : 100);
        this.systemSize = systemSize;
        this.remember = remember;
    }

    /** A menu that shows the size ("Text 125%") and changes it; a step that cannot be taken is greyed out. */
    public void drive(MenuButton menu, MenuItem larger, MenuItem smaller, MenuItem normal) {
        menu.textProperty().bind(percent.asString("Text %d%%"));
        larger.disableProperty().bind(percent.isEqualTo(LARGEST));
        smaller.disableProperty().bind(percent.isEqualTo(STEPS.get(0)));
        larger.setOnAction(event -> larger());
        smaller.setOnAction(event -> smaller());
        normal.setOnAction(event -> normal());
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public void larger() {
        step(+1);
    }

    public void smaller() {
        step(-1);
    }

    public void normal() {
        set(100);
    }

    public void set(int newPercent) {
        if (!STEPS.contains(newPercent)) {
            throw new IllegalArgumentException(
                    "The text size is one of " + STEPS + " percent, not " + newPercent + ".");
        }
        if (newPercent != percent.get()) {
            percent.set(newPercent);
            remember.accept(newPercent);
        }
    }

    private void step(int by) {
        int at = STEPS.indexOf(percent.get());
        set(STEPS.get(Math.max(0, Math.min(STEPS.size() - 1, at + by))));
    }

    /** Draws the scene's text at this size from now on, following every later change, and adds the shortcuts. */
    public void attach(Scene scene) {
        String[] current = {stylesheet(percent.get())};
        scene.getStylesheets().add(current[0]);
        percent.addListener((obs, old, now) -> {
            int at = scene.getStylesheets().indexOf(current[0]);
            current[0] = stylesheet(now.intValue());
            if (at >= 0) {
                scene.getStylesheets().set(at, current[0]);
                WholeText.remeasure(scene.getRoot());
            }
        });
        // Both plus keys: the main row's "=" (where "+" is shifted) and the number pad's; with or without Shift,
        // since a person reading "Ctrl + plus" presses Shift to get the plus.
        for (KeyCode key : List.of(KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD)) {
            scene.getAccelerators().put(shortcut(key), this::larger);
        }
        for (KeyCode key : List.of(KeyCode.MINUS, KeyCode.SUBTRACT)) {
            scene.getAccelerators().put(shortcut(key), this::smaller);
        }
        for (KeyCode key : List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            scene.getAccelerators().put(shortcut(key), this::normal);
        }
    }

    /** How much of the usual room (as a share of the text) a row or tab gives back per 100% of extra text. */
    private static final double SPACING_GIVEN_BACK = 0.3;
    /** AtlantaFX's table row: 2.8 times its text. */
    private static final double ROW_HEIGHT_EM = 2.8;

    private static KeyCodeCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    }

    /**
     * The root's font size, which every {@code em} in the stylesheet and every control inherits; and, above the usual
     * size, the room around table rows and tabs growing more slowly than their words. A row or a tab drawn with
     * padding in proportion to 200% text left the audit log one row at 1280×800: the person reads the words, not the
     * air between them.
     */
    String stylesheet(int sizePercent) {
        double spacing = 1 - SPACING_GIVEN_BACK * (sizePercent - 100) / 100.0;
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }", systemSize * sizePercent / 100.0)
                + (sizePercent <= 100
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                ".table-view .table-row-cell { -fx-cell-size: %.2fem; }"
                                        + ".tab-pane > .tab-header-area > .headers-region > .tab { -fx-padding: %.2fem %.2fem; }"
                                        + ".tab-pane > .tab-header-area > .headers-region > .tab > .tab-container > .tab-label"
                                        + " { -fx-padding: %.2fem; }",
                                ROW_HEIGHT_EM * spacing,
                                0.3 * spacing,
                                0.6 * spacing,
                                0.4 * spacing));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
