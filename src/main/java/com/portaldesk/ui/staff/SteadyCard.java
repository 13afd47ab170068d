package com.portaldesk.ui.staff;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A card on a plain background (sign-in, lock, recovery key) whose top edge stays where it is from step to step. Centred,
 * it moved up and down with every message and step, and a button moved from under the pointer. It sits a little above
 * the middle, and higher only when it would otherwise not fit.
 */
final class SteadyCard {
    /** How far down the window the card's top edge sits, as a share of the window's height. */
    private static final double TOP_SHARE = 0.15;

    private static final double MARGIN = 16;

    private SteadyCard() {}

    static void keepsItsPlace(StackPane background, Region card) {
        background.setAlignment(Pos.TOP_CENTER);
        background
                .paddingProperty()
                .bind(Bindings.createObjectBinding(
                        () -> {
                            double room = background.getHeight() - card.prefHeight(card.getWidth()) - MARGIN;
                            double top = Math.max(MARGIN, Math.min(background.getHeight() * TOP_SHARE, room));
                            return new Insets(top, MARGIN, MARGIN, MARGIN);
                        },
                        background.heightProperty(),
                        card.heightProperty()));
    }
}
