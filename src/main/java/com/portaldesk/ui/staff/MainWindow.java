package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.FxDialogService;
import com.portaldesk.ui.common.Pause;
import com.portaldesk.ui.common.Poller;
import com.portaldesk.ui.common.ScreenFit;
import com.portaldesk.ui.common.TextSize;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.common.WholeText;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The staff app's main window: header, the contacts screen, and a status bar. Opens the other windows. */
public final class MainWindow extends UiPart<BorderPane> {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /** How often every workstation asks whether the audit log raised its alarm. */
    private static final Duration ALARM_POLL = Duration.seconds(30);

    public static final String STYLESHEET = "/com/portaldesk/ui/staff/staff.css";

    @FXML
    private Label databaseLabel;

    @FXML
    private Label tagline;

    @FXML
    private HBox header;

    @FXML
    private FlowPane statusBar;

    @FXML
    private Label dataFolderLabel;

    @FXML
    private Label deliveryLabel;

    @FXML
    private Label sessionLabel;

    @FXML
    private Button kioskButton;

    @FXML
    private MenuButton textSizeButton;

    @FXML
    private MenuItem largerText;

    @FXML
    private MenuItem smallerText;

    @FXML
    private VBox news;

    @FXML
    private HBox alarmBanner;

    @FXML
    private Label alarmText;

    @FXML
    private Label newsText;

    @FXML
    private TabPane tabs;

    @FXML
    private Tab contactsTab;

    @FXML
    private Tab outboxTab;

    private final Stage stage;
    private final StaffDesks desks;
    private final Background background;
    private final DialogService dialogs;
    private final ContactsViewModel contactsModel;
    private final ContactsView contactsView;
    private final ContactWindows contactWindows;
    private final StaffSession session;
    private final Runnable signOut;
    private Runnable startKiosk = () -> {};
    private TextSize textSize = new TextSize(100, percent -> {});
    private final BannerNews<Tab> bannerNews = new BannerNews<>();
    private ChangeRequestsView requestsView;
    private AdminTabs adminTabs;
    private StaffLockView lockView;
    private java.time.Duration idleLimit = PortalPolicy.DEFAULTS.staffIdleLock();
    private final IdleClock idle;
    private final OwnedWindows owned;
    /** How many times the idle time was checked: a test waits on it instead of on the clock. */
    private volatile int idleChecks;
    /** The tab holding the admin screens (security, delivery, staff, workstations, backups). */
    public static final String SETTINGS = AdminTabs.SETTINGS;

    public MainWindow(Stage stage, StaffDesks desks, Background background, StaffSession session, Runnable signOut) {
        this.stage = stage;
        this.session = session;
        this.signOut = signOut;
        this.desks = desks;
        this.idle = new IdleClock(desks.clock(), () -> idleLimit);
        this.owned = new OwnedWindows(stage);
        this.background = background;
        this.dialogs = new FxDialogService(stage);
        this.contactsModel = new ContactsViewModel(
                desks.contacts(actor()), background, dialogs, Pause.of(ContactsViewModel.TYPING_PAUSE));
        contactsModel.setActivity(new ContactActivity(desks.contactActivity(), session, desks.terminalId()));
        this.contactWindows = new ContactWindows(stage, desks, background, dialogs, contactsModel, this::actor);
        this.contactsView = new ContactsView(contactsModel, contactWindows);
        contactsTab.setContent(contactsView.getRoot());
        Tab checkInsTab = new Tab("Check-ins");
        CheckInsViewModel checkInsModel = new CheckInsViewModel(
                desks.checkIns(), background, this::actor, news -> announce(news, checkInsTab), ZoneId.systemDefault());
        CheckInsView checkInsView = new CheckInsView(checkInsModel);
        checkInsTab.setContent(checkInsView.getRoot());
        checkInsTab.textProperty().bind(checkInsModel.titleProperty());
        tabs.getTabs().add(1, checkInsTab);
        requestsView = new ChangeRequestsView(
                new ChangeRequestsViewModel(
                        desks.requests(session),
                        background,
                        dialogs,
                        news -> announce(news, requestsView.tab()),
                        ZoneId.systemDefault()),
                this::showContact);
        tabs.getTabs().add(2, requestsView.tab());
        InsightsView insightsView = new InsightsView(
                new InsightsViewModel(desks::insightsSince, background, desks.clock(), ZoneId.systemDefault()));
        Tab insightsTab = new Tab("Insights", insightsView.getRoot());
        insightsTab.setId("insightsTab");
        tabs.getTabs().add(3, insightsTab);
        OutboxView outboxView = new OutboxView(desks.outbox(), background);
        outboxTab.setContent(outboxView.getRoot());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == outboxTab) {
                outboxView.onRefresh();
            } else if (now == checkInsTab) {
                checkInsView.refresh();
            } else if (now == requestsView.tab()) {
                requestsView.refresh();
            } else if (now == insightsTab) {
                insightsView.refresh();
            }
            showDelivery();
        });
        sessionLabel.setText(session.displayName() + " (" + (session.isAdmin() ? "admin" : "staff") + ")");
        if (session.isAdmin()) {
            adminTabs = new AdminTabs(tabs, desks, background, dialogs, session, this::showContact, this::actor);
            adminTabs.whenDeliveryChanges(this::showDelivery);
            adminTabs.add();
        }
        WholeText.dropWhenCramped(header, tagline);
        // Each screen scrolls, never squeezes its words, when the window is small or the text large.
        tabs.getTabs().forEach(tab -> tab.setContent(WholeText.scrollWhenCramped(tab.getContent())));
        showDelivery();
        databaseLabel.setText(
                desks.databaseDescription().startsWith("embedded") ? "Embedded database" : "Shared database");
        dataFolderLabel.setText("Data folder: " + desks.dataDir());
    }

    /** How codes go out now, in amber while any of them is only kept in the demonstration outbox. */
    private void showDelivery() {
        boolean demonstration = desks.delivery().demonstration();
        deliveryLabel.setText("Delivery: " + desks.delivery().mode());
        deliveryLabel.getStyleClass().remove("delivery-demo");
        if (demonstration) {
            deliveryLabel.getStyleClass().add("delivery-demo");
        }
        outboxTab.setText(demonstration ? "Outbox (demonstration)" : "Outbox");
    }

    public void show() {
        lockView = new StaffLockView(desks.lock(), background, session, signOut, this::unlocked);
        StackPane content = new StackPane(getRoot(), lockView.getRoot());
        // Never taller than the window: left at its contents' least height (a long data-folder path wrapped in the
        // status bar, large text), the window's content was centred in it and its tabs pushed above the top edge.
        // The tab's page shrinks and scrolls instead; should anything still not fit, what is cut is at the bottom.
        getRoot().setMinHeight(0);
        content.setAlignment(Pos.TOP_LEFT);
        // The window keeps the size the person gave it on the sign-in screen.
        Scene scene = stage.getScene() == null
                ? new Scene(content)
                : new Scene(
                        content, stage.getScene().getWidth(), stage.getScene().getHeight());
        // A path or a delivery line longer than the window wraps rather than running off its edge. Bound to the
        // window, not to the bar: the bar is as wide as its widest label, so a long line would widen the window.
        dataFolderLabel.maxWidthProperty().bind(scene.widthProperty().subtract(32));
        deliveryLabel.maxWidthProperty().bind(scene.widthProperty().subtract(32));
        watchForIdle(scene);
        scene.getStylesheets().add(STYLESHEET);
        textSize.attach(scene);
        textSizeButton.textProperty().bind(textSize.percentProperty().asString("Text %d%%"));
        largerText.disableProperty().bind(textSize.percentProperty().isEqualTo(TextSize.LARGEST));
        smallerText.disableProperty().bind(textSize.percentProperty().isEqualTo(TextSize.STEPS.get(0)));
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), contactsView::focusSearch);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), contactWindows::addContact);
        stage.setTitle("PortalDesk");
        stage.setScene(scene);
        stage.centerOnScreen();
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
        // Sized to its contents when no sign-in window came first, it can be taller than a laptop's screen.
        ScreenFit.keepOnScreen(stage);
        contactsModel.refresh();
        contactsView.focusSearch();
    }

    /**
     * Keys, clicks and scrolling count as use; every few seconds the policy's idle time is read (so a change applies
     * at once) and the window locks once it has passed.
     */
    private void watchForIdle(Scene scene) {
        owned.countUse(scene, () -> {
            if (!lockView.isLocked()) {
                idle.used();
            }
        });
        checkAlarm();
        Poller.whileShowing(getRoot(), ALARM_POLL, this::checkAlarm);
        Poller.whileShowing(
                getRoot(),
                Duration.seconds(5),
                () -> background.run(
                        desks::staffIdleLock,
                        limit -> {
                            idleLimit = limit;
                            idleChecks++;
                            if (!lockView.isLocked() && idle.leftAlone()) {
                                lockNow();
                            }
                        },
                        failure -> LOG.warn(
                                "The staff idle time could not be read; the last one read stays in force: {}",
                                failure.getMessage(),
                                failure)));
    }

    /** A dialog marked with this comes back after the lock is opened. */
    static final String COMES_BACK = OwnedWindows.COMES_BACK;

    private void unlocked() {
        idle.used();
        owned.showHidden();
        // Back where the person was: left to itself the focus went to the header's first button, "Start kiosk
        // mode…", where a stray Enter would start the kiosk.
        Node back = focusedBeforeLock != null && focusedBeforeLock.getScene() == stage.getScene()
                ? focusedBeforeLock
                : tabs;
        focusedBeforeLock = null;
        Platform.runLater(back::requestFocus); // once the lock's cover has gone
    }

    /** What had the keyboard when the lock came, to give it back after the unlock. */
    private Node focusedBeforeLock;

    private void checkAlarm() {
        background.run(
                desks::integrityAlarm,
                this::showAlarm,
                failure -> showAlarm(
                        Optional.of("The state of the audit log could not be read: " + failure.getMessage())));
    }

    /** The audit alarm above the tabs, in words, or nothing when the log is sound. */
    private void showAlarm(Optional<String> alarm) {
        alarmText.setText(alarm.map(text -> "⚠ Audit log alarm: " + text).orElse(""));
        alarmBanner.setVisible(alarm.isPresent());
        alarmBanner.setManaged(alarm.isPresent());
    }

    int idleChecks() {
        return idleChecks;
    }

    /** Covers the window until the signed-in person signs in again (the idle lock, or a test). */
    public void lockNow() {
        focusedBeforeLock = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        owned.hideAll();
        lockView.lock(idleLimit);
    }

    /** The signed-in staff member on this workstation: who every change made here is audited as. */
    private Actor actor() {
        return Actor.staff(session.username(), desks.terminalId());
    }

    /** From a link elsewhere: the contacts tab, searching for this contact. */
    private void showContact(UUID contactId) {
        background.run(
                () -> desks.contact(contactId),
                contact -> {
                    tabs.getSelectionModel().select(contactsTab);
                    contactsModel.scopeProperty().set(ContactQuery.Scope.ALL);
                    contactsModel
                            .searchTextProperty()
                            .set(contact.email().isEmpty() ? contact.lastName() : contact.email());
                },
                error -> dialogs.showError("Contact not found", error.getMessage()));
    }

    /**
     * A new check-in or change request: a banner over the page's corner, seen from any tab, with a way to it. Every
     * piece of news stays until someone shows or dismisses it: a front desk that was away from the screen must see
     * them all.
     */
    private void announce(String piece, Tab where) {
        bannerNews.add(piece, where);
        showBanner();
    }

    private void showBanner() {
        newsText.setText(bannerNews.text());
        news.setVisible(!bannerNews.isEmpty()); // over the page, not in its flow: nothing under it moves
    }

    @FXML
    private void onNewsShow() {
        bannerNews.showOldest().ifPresent(tabs.getSelectionModel()::select);
        showBanner();
    }

    @FXML
    private void onNewsDismiss() {
        bannerNews.dismiss();
        showBanner();
    }

    /** The text size chosen at this workstation, which the window opens at and its menu changes. */
    public MainWindow withTextSize(TextSize chosen) {
        textSize = chosen;
        return this;
    }

    @FXML
    private void onLargerText() {
        textSize.larger();
    }

    @FXML
    private void onSmallerText() {
        textSize.smaller();
    }

    @FXML
    private void onNormalText() {
        textSize.normal();
    }

    /** Admins may turn this workstation into a lobby kiosk; the app decides how (it owns the windows). */
    public MainWindow allowKioskMode(Runnable start) {
        startKiosk = start;
        kioskButton.setVisible(session.isAdmin());
        kioskButton.setManaged(session.isAdmin());
        return this;
    }

    @FXML
    private void onKiosk() {
        if (dialogs.confirm(
                "Start kiosk mode",
                "This workstation becomes a full-screen client sign-in kiosk. You will "
                        + "be signed out, and leaving kiosk mode needs a staff sign-in (with your authenticator code).")) {
            startKiosk.run();
        }
    }

    @FXML
    private void onSignOut() {
        signOut.run();
    }

    /** Opens one admin screen by its name in the Settings list (tests and links use it). */
    public boolean showAdminSection(String name) {
        return adminTabs != null && adminTabs.show(name);
    }

    /** The windows the contacts list opens (a contact's form, the import wizard, an export), for menus and tests. */
    public StaffActions contactActions() {
        return contactWindows;
    }

    public ContactsViewModel contactsModel() {
        return contactsModel;
    }
}
