package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;

/**
 * The admins' tabs of the main window: the Dashboard, the Audit log, Reports and Settings (security, delivery, staff,
 * workstations, backups), each screen given only what it needs. Shown to admins only; the services check again.
 */
final class AdminTabs {
    static final String SETTINGS = "Settings";

    private final TabPane tabs;
    private final StaffDesks desks;
    private final AdminDesks admin;
    private final Background background;
    private final DialogService dialogs;
    private final StaffSession session;
    private final Consumer<UUID> showContact;
    private final Supplier<Actor> actor;
    private AdminArea adminArea;
    private boolean leavingSettings;
    private Runnable deliveryChanged = () -> {};

    AdminTabs(
            TabPane tabs,
            StaffDesks desks,
            Background background,
            DialogService dialogs,
            StaffSession session,
            Consumer<UUID> showContact,
            Supplier<Actor> actor) {
        this.tabs = tabs;
        this.desks = desks;
        this.admin = desks.admin();
        this.background = background;
        this.dialogs = dialogs;
        this.session = session;
        this.showContact = showContact;
        this.actor = actor;
    }

    /** Told when delivery settings saved here change how codes go out (the status bar says it too). */
    void whenDeliveryChanges(Runnable changed) {
        deliveryChanged = changed;
    }

    /** An admin tab: its title, what it shows, and what it does each time it is chosen (read its data again). */
    private record AdminTab(String title, String id, Node content, Runnable onChosen) {}

    /** The admins' tabs before Settings, in order. */
    private List<AdminTab> adminTabs() {
        DashboardView dashboard =
                new DashboardView(new DashboardViewModel(admin.activity(), background, desks.clock()), showContact);
        AuditLogView auditLog =
                new AuditLogView(new AuditLogViewModel(admin.audit(), background, Platform::runLater), dialogs);
        ReportsView reports = new ReportsView(
                new ReportsViewModel(admin.reports(actor), background, desks.clock(), ZoneId.systemDefault()));
        return List.of(
                new AdminTab("Dashboard", null, dashboard.getRoot(), dashboard::load),
                new AdminTab("Audit log", null, auditLog.getRoot(), auditLog::refresh),
                new AdminTab("Reports", "reportsTab", reports.getRoot(), reports::refresh));
    }

    /** The sections of Settings, in order; each is read again when it is shown. */
    private List<AdminArea.Section> settingsSections() {
        SecuritySettingsView security = new SecuritySettingsView(new SecuritySettingsViewModel(
                admin.policy(Actor.staff(session.username(), desks.terminalId())), background));
        DeliverySettingsView delivery = new DeliverySettingsView(
                new DeliverySettingsViewModel(desks.delivery(), background, session::username, desks.terminalId()));
        delivery.liveMode().addListener((obs, old, now) -> deliveryChanged.run());
        StaffAdminView staff = new StaffAdminView(new StaffAccountsViewModel(
                admin.staff(session), background, dialogs, desks.clock(), ZoneId.systemDefault()));
        WorkstationsView workstations = new WorkstationsView(
                new WorkstationsViewModel(admin.workstations(), background, ZoneId.systemDefault()),
                desks.terminalId());
        BackupsView backups = new BackupsView(new BackupsViewModel(admin.backups(actor), background));
        return List.of(
                new AdminArea.Section(
                        "Security settings",
                        "Codes, locks, sessions, second factor",
                        security.getRoot(),
                        security::reload,
                        security::hasUnsavedChanges),
                new AdminArea.Section(
                        "Delivery settings",
                        "Texts by Twilio; email by SMTP, Microsoft 365 or Google",
                        delivery.getRoot(),
                        delivery::reload,
                        delivery::hasUnsavedChanges),
                new AdminArea.Section(
                        "Staff", "Accounts, roles, passwords, second factors", staff.getRoot(), () -> {}, () -> false),
                new AdminArea.Section(
                        "Workstations",
                        "Staff apps and kiosks on this database",
                        workstations.getRoot(),
                        workstations::refresh,
                        () -> false),
                new AdminArea.Section(
                        "Backups",
                        "Automatic backups, back up now, history",
                        backups.getRoot(),
                        backups::reload,
                        () -> false));
    }

    /** Adds the Dashboard, Audit log, Reports and Settings tabs. */
    void add() {
        for (AdminTab definition : adminTabs()) {
            Tab tab = new Tab(definition.title(), definition.content());
            tab.setId(definition.id());
            tabs.getTabs().add(tab);
            // Read again each time it is chosen: what was read when the window opened can be minutes old.
            tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
                if (now == tab) {
                    definition.onChosen().run();
                }
            });
        }
        adminArea = new AdminArea(name -> dialogs.confirm(
                "Leave without saving?",
                "You changed " + name + " and did not save. Leave them unsaved? What you typed will be lost.",
                "Leave without saving"));
        settingsSections().forEach(adminArea::add);
        Tab settingsTab = new Tab(SETTINGS, adminArea.root());
        settingsTab.setId("settingsTab");
        tabs.getTabs().add(settingsTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == settingsTab && !leavingSettings) { // not when put back after "stay": that would reload
                adminArea.reshow();
            }
        });
        // Leaving the Settings tab with unsaved changes asks first, while Settings is still on screen: a click on
        // another tab's header is held until the person answers.
        tabs.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> {
            Tab target = tabHeaderUnder(press.getPickResult().getIntersectedNode());
            if (target != null
                    && target != settingsTab
                    && tabs.getSelectionModel().getSelectedItem() == settingsTab) {
                press.consume();
                if (adminArea.mayLeaveTab()) {
                    leavingSettings = true; // already asked
                    tabs.getSelectionModel().select(target);
                    leavingSettings = false;
                }
            }
        });
        // Any other way of leaving (keys, a program) asks after the switch; staying puts the tab back.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old == settingsTab && now != settingsTab && !leavingSettings && !adminArea.mayLeaveTab()) {
                leavingSettings = true;
                Platform.runLater(() -> {
                    tabs.getSelectionModel().select(settingsTab);
                    leavingSettings = false;
                });
            }
        });
    }

    /** The tab whose header holds this node (the tab pane's skin marks each header with its tab); null if none. */
    private static Tab tabHeaderUnder(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getProperties().get(Tab.class) instanceof Tab tab) {
                return tab;
            }
        }
        return null;
    }

    /** Opens one section of Settings by its name; false when the person stayed on unsaved changes. */
    boolean show(String name) {
        Tab settings = tabs.getTabs().stream()
                .filter(t -> SETTINGS.equals(t.getText()))
                .findFirst()
                .orElse(null);
        if (settings == null || adminArea == null) {
            return false;
        }
        tabs.getSelectionModel().select(settings);
        return adminArea.show(name);
    }
}
