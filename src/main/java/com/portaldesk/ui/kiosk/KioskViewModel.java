package com.portaldesk.ui.kiosk;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Language;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.ui.common.Background;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.ClientSession;
import com.portaldesk.verify.ClientStatus;
import com.portaldesk.verify.DeliveryState;
import com.portaldesk.verify.StartResult;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The client's path at the kiosk: identify, code, signed in (and from there "something is wrong here").
 * Holds every piece of client data the screen shows, so that {@link #wipe()} can clear all of it at once; asks the engine and shows only its uniform
 * answers. {@link #tick()} runs every second for the resend countdown and the idle timeout.
 */
public final class KioskViewModel {
    /** Where the client is. */
    public enum Step { IDENTIFY, CODE, SIGNED_IN, REPORT }

    private final KioskServices services;
    private final ClientWork work;
    private ResourceBundle texts;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.IDENTIFY);
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty lastFour = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty welcome = new SimpleStringProperty("");
    private final StringProperty idleMessage = new SimpleStringProperty("");
    private final ChangeRequestForm report = new ChangeRequestForm();
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final BooleanProperty idleWarning = new SimpleBooleanProperty(false);
    private final BooleanProperty smsEnabled = new SimpleBooleanProperty(true);
    private final BooleanProperty emailEnabled = new SimpleBooleanProperty(true);
    private final ObjectBinding<Channel> otherChannel;
    private Shown shownMessage = Shown.NOTHING;
    /** The signed-in client's record while the welcome is on screen; gone with every wipe. */
    private ContactRecord signedInAs;
    private Shown shownError = Shown.NOTHING;
    private final BooleanProperty checkedIn = new SimpleBooleanProperty(false);
    private ClientSession session;
    private boolean staffSignInOpen;
    private final java.util.List<Runnable> wipeListeners = new java.util.ArrayList<>();
    private final IdleWatcher idle;
    private final CodeStep codeStep;
    private final Clock clock;
    /** "Session ended": for a few seconds after a wipe, so the next person knows the screen was cleared. */
    private final StringProperty endedNote = new SimpleStringProperty("");
    private Instant endedNoteUntil = Instant.MIN;
    static final Duration ENDED_NOTE = Duration.ofSeconds(6);

    public KioskViewModel(KioskServices services, Background background, Clock clock, ResourceBundle texts) {
        this.clock = clock;
        this.services = services;
        this.work = new ClientWork(background);
        this.texts = texts;
        this.idle = new IdleWatcher(clock, PortalPolicy.DEFAULTS.sessionIdle());
        this.codeStep = new CodeStep(clock);
        // Cleared by the screen (the client typed again): nothing to say again after a language switch.
        message.addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                shownMessage = Shown.NOTHING;
            }
        });
        error.addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                shownError = Shown.NOTHING;
            }
        });
        this.otherChannel = Bindings.createObjectBinding(() -> {
            Channel current = codeStep.channelProperty().get();
            if (current == Channel.SMS && emailEnabled.get()) {
                return Channel.EMAIL;
            }
            return current == Channel.EMAIL && smsEnabled.get() ? Channel.SMS : null;
        }, codeStep.channelProperty(), smsEnabled, emailEnabled);
        for (StringProperty typed : new StringProperty[] {email, lastFour, codeStep.code()}) {
            typed.addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    warn(null);
                }
            });
        }
        loadPolicy();
    }

    private void loadPolicy() {
        work.quietly(services.policies()::current, policy -> {
            smsEnabled.set(policy.smsEnabled());
            emailEnabled.set(policy.emailEnabled());
            idle.setLimit(policy.sessionIdle());
        }, () -> warn("error.unavailable"));
    }

    /** The client switched language: what is on screen is said again in it. */
    public void setTexts(ResourceBundle bundle) {
        this.texts = bundle;
        if (!endedNote.get().isEmpty()) {
            endedNote.set(text("wipe.ended"));
        }
        message.set(shownMessage.in(bundle));
        error.set(shownError.in(bundle));
        if (signedInAs != null) {
            showSignedIn();
        }
    }

    /** A text on screen by its key and arguments, so that it can be said again in another language. */
    private record Shown(String key, Object... args) {
        static final Shown NOTHING = new Shown(null);

        String in(ResourceBundle bundle) {
            if (key == null) {
                return "";
            }
            // Only texts with a {0} go through MessageFormat, which would eat the apostrophes of the others.
            return args.length == 0 ? bundle.getString(key) : MessageFormat.format(bundle.getString(key), args);
        }
    }

    private void say(String key, Object... args) {
        shownMessage = new Shown(key, args);
        message.set(shownMessage.in(texts));
    }

    private void warn(String key, Object... args) {
        shownError = new Shown(key, args);
        error.set(shownError.in(texts));
    }

    public void requestCode(Channel wanted) {
        activity();
        codeStep.asked(wanted);
        String typedEmail = email.get();
        String typedLastFour = lastFour.get();
        // The codes speak the language the client chose on this screen, whatever the contact's preference on file.
        Language language = Language.of(texts.getLocale());
        run(text("code.sending"), () -> services.engine().start(typedEmail, typedLastFour, wanted, services.terminalId(),
                language), this::started);
    }

    private void started(StartResult result) {
        if (result.status() != ClientStatus.CODE_SENT) {
            warn(EngineAnswers.forStart(result));
            return;
        }
        codeStep.sent(result.challengeId(), result.resendInSeconds());
        say(EngineAnswers.forStart(result));
        step.set(Step.CODE);
        tick();
    }

    public void submitCode() {
        activity();
        String typed = codeStep.code().get();
        UUID id = codeStep.challenge();
        warn(null);
        work.run(text("busy.checking"), () -> services.codes().check(id, typed, services.terminalId()), this::checked,
                late -> late.session().ifPresent(orphan -> work.detached(() -> services.sessions().end(orphan.token(),
                        AuditReason.IDLE_TIMEOUT))), this::unavailable);
    }

    private void checked(CheckResult result) {
        codeStep.code().set("");
        if (result.status() == ClientStatus.APPROVED) {
            signedIn(result.session().orElseThrow());
        } else {
            String key = EngineAnswers.forRefusedCheck(result.status());
            warn(key, result.status() == ClientStatus.INVALID ? new Object[] {result.attemptsLeft()} : new Object[0]);
        }
    }

    private void signedIn(ClientSession newSession) {
        session = newSession;
        work.quietly(() -> services.contacts().get(newSession.contactId()), contact -> {
            signedInAs = contact;
            showSignedIn();
            say(null);
            step.set(Step.SIGNED_IN);
        }, this::wipe);
    }

    /** The welcome and the masked details, in the language on screen. */
    private void showSignedIn() {
        welcome.set(MessageFormat.format(text("signedIn.title"), signedInAs.firstName().isEmpty()
                ? signedInAs.lastName() : signedInAs.firstName()));
        details.setAll(MaskedDetails.of(signedInAs, texts));
    }

    /** One tap: the signed-in client is checked in for their appointment and the front desk sees it. */
    public void checkIn() {
        activity();
        ClientSession current = session;
        if (current == null) {
            return;
        }
        run(text("busy.wait"), () -> services.checkIns().checkIn(current.token(), services.terminalId(),
                ZoneId.systemDefault()), outcome -> {
                    switch (outcome) {
                        case CHECKED_IN -> {
                            checkedIn.set(true);
                            say("checkIn.done");
                        }
                        case ALREADY_CHECKED_IN -> {
                            checkedIn.set(true);
                            say("checkIn.already");
                        }
                        case SESSION_ENDED -> wipe();
                    }
                });
    }

    /** "Something is wrong here": the client says which details are wrong; staff get a request, nothing is edited. */
    public void openReport() {
        activity();
        report.clear();
        say(null);
        step.set(Step.REPORT);
    }

    public void cancelReport() {
        activity();
        report.clear();
        step.set(Step.SIGNED_IN);
    }

    public void sendReport() {
        activity();
        ClientSession current = session;
        if (current == null) {
            wipe();
            return;
        }
        var topics = report.topics();
        String note = report.note().get();
        run(text("busy.wait"), () -> services.changeRequests().request(current.token(), topics, note,
                services.terminalId()), outcome -> {
                    switch (outcome) {
                        case SENT -> {
                            report.clear();
                            step.set(Step.SIGNED_IN);
                            say("report.sent");
                        }
                        case NOTHING_CHOSEN -> warn("report.nothingChosen");
                        case NOTE_NOT_ACCEPTED -> warn("report.noteNotAccepted");
                        case SESSION_ENDED -> wipe();
                    }
                });
    }

    /** A new code by this channel, or (null) by the channel the last code went by as far as the kiosk knows. */
    public void resend(Channel wanted) {
        activity();
        codeStep.asked(wanted);
        UUID id = codeStep.challenge();
        Channel channel = codeStep.channel();
        run(text("code.sending"), () -> services.engine().resend(id, channel, services.terminalId()), this::started);
    }

    /** Shows a plain next step if the text failed: a code by email instead, or the front desk. */
    public void checkDelivery() {
        if (!codeStep.waitingForText()) {
            return;
        }
        UUID id = codeStep.challenge();
        work.quietly(() -> services.engine().deliveryState(id), state -> {
            if (state == DeliveryState.SENT_BY_EMAIL_INSTEAD) {
                codeStep.asked(Channel.EMAIL); // a new code should go where this one went
                say("code.emailInstead");
            } else if (state == DeliveryState.NO_FALLBACK) {
                say("code.askDesk");
            }
        }, () -> { });
    }

    public void startOver() {
        wipe();
    }

    public void signOut() {
        endSession(AuditReason.SIGNED_OUT);
        wipe();
        noteEnded();
    }

    private void noteEnded() {
        endedNote.set(text("wipe.ended"));
        endedNoteUntil = clock.instant().plus(ENDED_NOTE);
    }

    public StringProperty endedNoteProperty() {
        return endedNote;
    }

    /** Clears every field, every label that showed client data, the challenge and the session. */
    public void wipe() {
        work.forgetPending();
        endSession(AuditReason.IDLE_TIMEOUT);
        email.set("");
        lastFour.set("");
        codeStep.clear();
        say(null);
        warn(null);
        signedInAs = null;
        welcome.set("");
        details.clear();
        report.clear();
        idleWarning.set(false);
        idleMessage.set("");
        checkedIn.set(false);
        step.set(Step.IDENTIFY);
        idle.activity();
        wipeListeners.forEach(Runnable::run);
    }

    /** Things the view holds outside this model (the staff sign-in) that must go with every wipe. */
    void onWipe(Runnable listener) {
        wipeListeners.add(listener);
    }

    /** A half-typed staff sign-in left open times out like a client's screen. */
    void setStaffSignInOpen(boolean open) {
        staffSignInOpen = open;
    }

    private void endSession(AuditReason reason) {
        ClientSession ending = session;
        session = null;
        if (ending != null) {
            work.detached(() -> services.sessions().end(ending.token(), reason));
        }
    }

    /**
     * Any touch or key: the idle clock starts again and a warning goes away. An error stays until the client
     * types again or tries again: clearing it here would let the release of the Enter key that caused it
     * wipe it before anyone could read it.
     */
    public void activity() {
        idle.activity();
        idleWarning.set(false);
    }

    /** Every second: the resend countdown, and the idle warning then wipe. */
    public void tick() {
        if (!endedNote.get().isEmpty() && (clock.instant().isAfter(endedNoteUntil) || !email.get().isEmpty())) {
            endedNote.set("");
        }
        codeStep.tick(step.get() == Step.CODE, texts);
        if (step.get() == Step.IDENTIFY && email.get().isEmpty() && lastFour.get().isEmpty() && !staffSignInOpen) {
            return;
        }
        IdleWatcher.State state = idle.check();
        if (state.wipe()) {
            wipe();
            noteEnded();
        } else if (state.warn()) {
            idleWarning.set(true);
            idleMessage.set(MessageFormat.format(text("idle.message"), state.secondsLeft()));
        }
    }

    /** Work for this client with the busy indicator; a failure says sign-in is not available now. */
    private <T> void run(String whileBusy, Callable<T> task, Consumer<T> then) {
        warn(null);
        work.run(whileBusy, task, then, late -> { }, this::unavailable);
    }

    private void unavailable() {
        warn("error.unavailable");
    }

    String text(String key) {
        return texts.getString(key);
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty lastFourProperty() {
        return lastFour;
    }

    public StringProperty codeProperty() {
        return codeStep.code();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty welcomeProperty() {
        return welcome;
    }

    public StringProperty resendLabelProperty() {
        return codeStep.resendLabel();
    }

    public StringProperty idleMessageProperty() {
        return idleMessage;
    }

    public StringProperty busyTextProperty() {
        return work.busyText();
    }

    ChangeRequestForm report() {
        return report;
    }

    public ObservableList<String> details() {
        return details;
    }

    public BooleanProperty busyProperty() {
        return work.busy();
    }

    public BooleanProperty resendAllowedProperty() {
        return codeStep.resendAllowed();
    }

    public BooleanProperty idleWarningProperty() {
        return idleWarning;
    }

    /**
     * The channel the client may switch to on the code step: email after a text, a text after an email, each only
     * where the policy allows it; null when there is none.
     */
    public ObjectBinding<Channel> otherChannelBinding() {
        return otherChannel;
    }

    public BooleanProperty smsEnabledProperty() {
        return smsEnabled;
    }

    public BooleanProperty checkedInProperty() {
        return checkedIn;
    }

    public BooleanProperty emailEnabledProperty() {
        return emailEnabled;
    }

    boolean hasSession() {
        return session != null;
    }
}
