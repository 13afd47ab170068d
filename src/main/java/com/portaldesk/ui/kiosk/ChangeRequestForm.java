package com.portaldesk.ui.kiosk;

import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.ChangeTopic;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** "Something is wrong here": which details are wrong, and an optional note; cleared with every wipe. */
final class ChangeRequestForm {
    private final Map<ChangeTopic, BooleanProperty> chosen = new EnumMap<>(ChangeTopic.class);
    private final StringProperty note = new SimpleStringProperty("");

    ChangeRequestForm() {
        for (ChangeTopic topic : ChangeTopic.values()) {
            chosen.put(topic, new SimpleBooleanProperty(false));
        }
        note.addListener((obs, old, now) -> {
            if (now != null && now.length() > ChangeRequests.NOTE_LIMIT) {
                note.set(old);
            }
        });
    }

    BooleanProperty topic(ChangeTopic topic) {
        return chosen.get(topic);
    }

    StringProperty note() {
        return note;
    }

    Set<ChangeTopic> topics() {
        Set<ChangeTopic> topics = EnumSet.noneOf(ChangeTopic.class);
        chosen.forEach((topic, on) -> {
            if (on.get()) {
                topics.add(topic);
            }
        });
        return topics;
    }

    void clear() {
        chosen.values().forEach(on -> on.set(false));
        note.set("");
    }
}
