package com.portaldesk.ui.kiosk;

import com.portaldesk.ui.common.UiPart;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** One step of the client's path on the kiosk card, in one language; shown while the flow is at its step. */
abstract class StepPart extends UiPart<VBox> {
    private final ResourceBundle texts;

    StepPart(ResourceBundle texts) {
        super(texts);
        this.texts = texts;
    }

    /** What takes the focus when the step appears: the field to type in, or the button to press. */
    abstract Node firstFocus();

    String text(String key) {
        return texts.getString(key);
    }

    /** A client text from the flow, said in this part's language. */
    StringBinding said(ObservableValue<ClientText> shown) {
        return Bindings.createStringBinding(() -> shown.getValue().in(texts), shown);
    }
}
