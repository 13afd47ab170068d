package com.portaldesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;

/**
 * A piece of the user interface backed by the FXML file of the same name in the same package path, with
 * this object as its controller (the addressbook-level3 pattern).
 */
public abstract class UiPart<T extends Node> {
    private final T root;

    protected UiPart() {
        this(null);
    }

    /**
     * With the FXML's {@code %key} texts from this bundle; a part shown in another language is built again with
     * that language's bundle (its state lives in its view model, so nothing is lost).
     */
    protected UiPart(ResourceBundle resources) {
        String name = getClass().getSimpleName() + ".fxml";
        URL location = getClass().getResource(name);
        if (location == null) {
            throw new IllegalStateException(
                    "Missing FXML " + name + " beside " + getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setController(this);
        loader.setResources(resources);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
        // Every label and button of every screen, and every table's column titles: never cut.
        WholeText.keep(root);
    }

    public T getRoot() {
        return root;
    }
}
