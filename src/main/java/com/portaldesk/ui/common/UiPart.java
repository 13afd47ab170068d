package com.portaldesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;

/**
 * A piece of the user interface backed by the FXML file of the same name in the same package path, with
 * this object as its controller (the addressbook-level3 pattern).
 */
public abstract class UiPart<T extends Node> {
    private final T root;

    protected UiPart() {
        String name = getClass().getSimpleName() + ".fxml";
        URL location = getClass().getResource(name);
        if (location == null) {
            throw new IllegalStateException("Missing FXML " + name + " beside " + getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
    }

    public T getRoot() {
        return root;
    }
}
