package com.portaldesk.ui.kiosk;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Language;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.ui.common.Work;
import com.portaldesk.verify.ClientSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The client's visit at the kiosk, coordinating its four steps (identify, code, signed in, change request). It
 * owns what outlives a step (the session, the language, the message and the error, the idle clock) so that
 * {@link #wipe()} clears all of it, and every step's fields, at once. {@link #tick()} runs every second.
 */
public final class KioskFlow implements Visit {
    private final ClientDesk desk;
    private final KioskSetup setup;
    private final ClientWork work;
    private final IdleNotices idle;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.IDENTIFY);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ObjectProperty<ClientText> message = new SimpleObjectProperty<>(ClientText.NONE);
    private final ObjectProperty<ClientText> error = new SimpleObjectProperty<>(ClientText.NONE);
    private final BooleanProperty smsEnabled = new SimpleBooleanProperty(true);
    private final BooleanProperty emailEnabled = new SimpleBooleanProperty(true);
    private final List<Runnable> wipeListeners = new ArrayList<>();
    private final IdentifyViewModel identify;
    private final CodeViewModel code;
    private final SignedInViewModel signedIn;
    private final ChangeRequestViewModel changeRequest;
    private ClientSession session;
    private boolean staffSignInOpen;

    public KioskFlow(ClientCodes codes, ClientDesk desk, KioskSetup setup, Work background, Clock clock) {
        this.desk = desk;
        this.setup = setup;
        this.work = new ClientWork(background);
        this.idle = new IdleNotices(clock, PortalPolicy.DEFAULTS.sessionIdle());
        this.code = new CodeViewModel(codes, this, clock, smsEnabled, emailEnabled);
        this.identify = new IdentifyViewModel(codes, this, code, smsEnabled, emailEnabled);
        this.changeRequest = new ChangeRequestViewModel(desk, this);
        this.signedIn = new SignedInViewModel(desk, this, changeRequest);
        loadPolicy();
    }

    private void loadPolicy() {
        work.quietly(setup::policy, this::apply, () -> warn(KioskKey.ERROR_UNAVAILABLE.key()));
    }

    /** The channels the client may choose and the idle time, as the policy sets them. */
    void apply(PortalPolicy policy) {
        smsEnabled.set(policy.smsEnabled());
        emailEnabled.set(policy.emailEnabled());
        idle.setLimit(policy.sessionIdle());
    }

    @Override
    public <T> void run(String busyKey, Callable<T> task, Consumer<T> then) {
        run(busyKey, task, then, KioskFlow::nothingToShowLate);
    }

    /** An answer that comes after its client left: nothing of it is shown to the next person. */
    private static <T> void nothingToShowLate(T answer) {
        // Deliberately nothing: what the task did is already in the audit log; the screen belongs to someone else.
    }

    @Override
    public <T> void run(String busyKey, Callable<T> task, Consumer<T> then, Consumer<T> late) {
        warn(null);
        work.run(busyKey, task, then, late, () -> warn(KioskKey.ERROR_UNAVAILABLE.key()));
    }

    @Override
    public <T> void quietly(Callable<T> task, Consumer<T> then, Runnable failed) {
        work.quietly(task, then, failed);
    }

    @Override
    public void say(String key, Object... args) {
        message.set(ClientText.of(key, args));
    }

    @Override
    public void warn(String key, Object... args) {
        error.set(ClientText.of(key, args));
    }

    @Override
    public ReadOnlyObjectProperty<ClientText> message() {
        return message;
    }

    /** What went wrong, under the card; cleared when the client types again or tries again. */
    public ReadOnlyObjectProperty<ClientText> error() {
        return error;
    }

    @Override
    public ReadOnlyBooleanProperty busy() {
        return work.busy();
    }

    /** The catalogue key of what the client is waiting for; empty when nothing is. */
    ReadOnlyStringProperty busyKey() {
        return work.busyKey();
    }

    @Override
    public void go(Step next) {
        step.set(next);
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step;
    }

    @Override
    public Language language() {
        return language.get();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The client switched language: every step is said in it from now on, the codes sent from now on too. */
    public void switchLanguage() {
        activity();
        language.set(language.get() == Language.ENGLISH ? Language.SPANISH : Language.ENGLISH);
    }

    @Override
    public void signedIn(ClientSession newSession) {
        session = newSession;
        signedIn.enter(newSession);
    }

    @Override
    public void abandoned(ClientSession orphan) {
        work.detached("The end of an abandoned client session", () -> {
            desk.end(orphan, AuditReason.IDLE_TIMEOUT);
            return true;
        });
    }

    @Override
    public Optional<ClientSession> session() {
        return Optional.ofNullable(session);
    }

    /**
     * Any touch or key: the idle clock starts again and a warning goes away. An error stays until the client
     * types again or tries again: clearing it here would let the release of the Enter key that caused it
     * wipe it before anyone could read it.
     */
    @Override
    public void activity() {
        idle.activity();
    }

    @Override
    public void signOut() {
        endSession(AuditReason.SIGNED_OUT);
        wipe();
        idle.sessionEnded();
    }

    /** Clears every field, every text that showed client data, the challenge and the session. */
    @Override
    public void wipe() {
        clearEverything();
        // Last, once nothing of the previous client is left: the next person starts in the kiosk's own language.
        language.set(Language.ENGLISH);
    }

    @Override
    public void startOver() {
        clearEverything(); // the same person, so the same language
    }

    private void clearEverything() {
        work.forgetPending();
        endSession(AuditReason.IDLE_TIMEOUT);
        identify.clear();
        code.clear();
        signedIn.clear();
        changeRequest.clear();
        say(null);
        warn(null);
        idle.reset();
        step.set(Step.IDENTIFY);
        wipeListeners.forEach(Runnable::run);
    }

    private void endSession(AuditReason reason) {
        ClientSession ending = session;
        session = null;
        if (ending != null) {
            work.detached("The end of a client session (" + reason + ")", () -> {
                desk.end(ending, reason);
                return true;
            });
        }
    }

    /** Every second: the resend countdown, the "session ended" note, the idle warning and then the wipe. */
    public void tick() {
        idle.fadeEndedNote(!identify.email().get().isEmpty());
        code.tick(step.get() == Step.CODE);
        if (step.get() == Step.IDENTIFY && identify.isBlank() && !staffSignInOpen) {
            return;
        }
        if (idle.timedOut()) {
            wipe();
            idle.sessionEnded();
        }
    }

    /** While a text is awaited: tells the client if it failed and what happened instead. */
    public void checkDelivery() {
        code.checkDelivery();
    }

    /** Things held outside this flow (the staff sign-in, the logo) that must follow every wipe. */
    void onWipe(Runnable listener) {
        wipeListeners.add(listener);
    }

    /** A half-typed staff sign-in left open times out like a client's screen. */
    void setStaffSignInOpen(boolean open) {
        staffSignInOpen = open;
    }

    boolean hasSession() {
        return session != null;
    }

    IdentifyViewModel identify() {
        return identify;
    }

    CodeViewModel code() {
        return code;
    }

    SignedInViewModel signedInStep() {
        return signedIn;
    }

    ChangeRequestViewModel changeRequest() {
        return changeRequest;
    }

    BooleanProperty idleWarning() {
        return idle.warning();
    }

    LongProperty idleSecondsLeft() {
        return idle.secondsLeft();
    }

    /** For a few seconds after a wipe: "The last session ended…", until the next person starts typing. */
    ReadOnlyBooleanProperty endedNote() {
        return idle.ended();
    }

    ReadOnlyBooleanProperty smsEnabled() {
        return smsEnabled;
    }

    ReadOnlyBooleanProperty emailEnabled() {
        return emailEnabled;
    }
}
