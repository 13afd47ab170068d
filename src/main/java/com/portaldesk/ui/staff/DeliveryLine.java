package com.portaldesk.ui.staff;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;

/**
 * How codes go out now, in the staff window's status bar, in amber while any of them is only kept in the
 * demonstration outbox; the Outbox tab says so in its name too.
 */
final class DeliveryLine {
    private DeliveryLine() {}

    static void show(Label line, Tab outboxTab, DeliveryControl delivery) {
        boolean demonstration = delivery.demonstration();
        line.setText("Delivery: " + delivery.mode());
        line.getStyleClass().remove("delivery-demo");
        if (demonstration) {
            line.getStyleClass().add("delivery-demo");
        }
        outboxTab.setText(demonstration ? "Outbox (demonstration)" : "Outbox");
    }
}
