package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService whose answers the test sets in advance, and which records every message shown. */
final class ScriptedDialogs implements DialogService {
    Path fileToOpen;
    Path fileToSave;
    boolean confirmAnswer = true;
    final List<String> shown = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add("info: " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseCsvToOpen(String title) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseCsvToSave(String title, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }
}
