package com.portaldesk.ui.kiosk;

import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.verify.ClientSession;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Something is wrong here": the client says which details are wrong, with an optional note; staff get a
 * request and nothing is edited.
 */
final class ChangeRequestViewModel {
    private final ClientDesk desk;
    private final Visit visit;
    private final Map<ChangeTopic, BooleanProperty> chosen = new EnumMap<>(ChangeTopic.class);
    private final StringProperty note = new SimpleStringProperty("");

    ChangeRequestViewModel(ClientDesk desk, Visit visit) {
        this.desk = desk;
        this.visit = visit;
        for (ChangeTopic topic : ChangeTopic.values()) {
            chosen.put(topic, new SimpleBooleanProperty(false));
        }
        note.addListener((obs, old, now) -> {
            if (now != null && now.length() > ChangeRequests.NOTE_LIMIT) {
                note.set(old);
            }
        });
    }

    void open() {
        visit.activity();
        clear();
        visit.say(null);
        visit.go(Step.CHANGE_REQUEST);
    }

    void cancel() {
        visit.activity();
        clear();
        visit.go(Step.SIGNED_IN);
    }

    void send() {
        visit.activity();
        Optional<ClientSession> session = visit.session();
        if (session.isEmpty()) {
            visit.wipe();
            return;
        }
        Set<ChangeTopic> topics = topics();
        String typed = note.get();
        visit.run(KioskKey.BUSY_WAIT.key(), () -> desk.requestChange(session.get(), topics, typed), outcome -> {
            switch (outcome) {
                case SENT -> {
                    clear();
                    visit.go(Step.SIGNED_IN);
                    visit.say(KioskKey.REPORT_SENT.key());
                }
                case NOTHING_CHOSEN -> visit.warn(KioskKey.REPORT_NOTHING_CHOSEN.key());
                case NOTE_NOT_ACCEPTED -> visit.warn(KioskKey.REPORT_NOTE_NOT_ACCEPTED.key());
                case SESSION_ENDED -> visit.wipe();
            }
        });
    }

    BooleanProperty topic(ChangeTopic topic) {
        return chosen.get(topic);
    }

    StringProperty note() {
        return note;
    }

    private Set<ChangeTopic> topics() {
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
