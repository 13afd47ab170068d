package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.FxDialogService;
import com.portaldesk.ui.common.Pause;
import com.portaldesk.ui.common.ScreenFit;
import com.portaldesk.ui.common.TextSize;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.common.WholeText;
import java.util.UUID;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
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
    private MenuItem normalText;

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
    private AdminTabs adminTabs;
    private IdleLock idleLock;
    private Duration idleCheckEvery = IdleLock.CHECK_EVERY;
    /** The tab holding the admin screens (security, delivery, staff, workstations, backups). */
    public static final String SETTINGS = AdminTabs.SETTINGS;

    public MainWindow(Stage stage, StaffDesks desks, Background background, StaffSession session, Runnable signOut) {
        this.stage = stage;
        this.session = session;
        this.signOut = signOut;
        this.desks = desks;
        this.background = background;
        this.dialogs = new FxDialogService(stage);
        this.contactsModel = new ContactsViewModel(
                desks.contacts(actor()), background, dialogs, Pause.of(ContactsViewModel.TYPING_PAUSE));
        contactsModel.setActivity(new ContactActivity(desks.contactActivity(), session, desks.terminalId()));
        this.contactWindows = new ContactWindows(stage, desks, background, dialogs, contactsModel, this::actor);
        this.contactsView = new ContactsView(contactsModel, contactWindows);
        contactsTab.setContent(contactsView.getRoot());
        FrontDeskTabs.add(
                tabs,
                outboxTab,
                desks,
                background,
                dialogs,
                session,
                new FrontDeskTabs.Window(this::actor, this::announce, this::showContact));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDelivery());
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

    private void showDelivery() {
        DeliveryLine.show(deliveryLabel, outboxTab, desks.delivery());
    }

    public void show() {
        idleLock = new IdleLock(stage, desks, background, session, signOut, tabs);
        StackPane content = new StackPane(getRoot(), idleLock.cover());
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
        idleLock.watch(scene, getRoot(), idleCheckEvery);
        new AlarmBanner(alarmBanner, alarmText, background, desks::integrityAlarm).watch(getRoot());
        scene.getStylesheets().add(STYLESHEET);
        textSize.attach(scene);
        textSize.drive(textSizeButton, largerText, smallerText, normalText);
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

    /** Before {@link #show()}: a test that proves the window stays open checks more often than every 5 s. */
    MainWindow checkingIdleEvery(Duration every) {
        idleCheckEvery = every;
        return this;
    }

    int idleChecks() {
        return idleLock.checks();
    }

    /** Covers the window until the signed-in person signs in again (the idle lock, or a test). */
    public void lockNow() {
        idleLock.lockNow();
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
                    contactsModel.lookFor(contact);
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
