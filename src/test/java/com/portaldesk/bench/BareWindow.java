package com.portaldesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline of the first window: a JavaFX window with one label, started the way the staff app starts. */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The smallest window: no stylesheet, no database. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 420, 160));
            stage.setTitle("Hello");
            stage.show();
        }
    }
}
