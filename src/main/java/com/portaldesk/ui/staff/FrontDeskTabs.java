package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The staff window's tabs after Contacts: check-ins, change requests, insights and the outbox, each read afresh when
 * its tab is chosen.
 */
final class FrontDeskTabs {
    /** What the tabs ask of the window: who acts, where news goes, and how to open a contact. */
    record Window(Supplier<Actor> actor, BiConsumer<String, Tab> announce, Consumer<UUID> showContact) {}

    private FrontDeskTabs() {}

    /** Adds check-ins, requests and insights after the contacts tab, and fills the outbox tab the FXML declares. */
    static void add(
            TabPane tabs,
            Tab outboxTab,
            StaffDesks desks,
            Background background,
            DialogService dialogs,
            StaffSession session,
            Window window) {
        Tab checkInsTab = new Tab("Check-ins");
        CheckInsViewModel checkInsModel = new CheckInsViewModel(
                desks.checkIns(),
                background,
                window.actor(),
                news -> window.announce().accept(news, checkInsTab),
                ZoneId.systemDefault());
        CheckInsView checkInsView = new CheckInsView(checkInsModel);
        checkInsTab.setContent(checkInsView.getRoot());
        checkInsTab.textProperty().bind(checkInsModel.titleProperty());
        refreshWhenChosen(checkInsTab, checkInsView::refresh);
        tabs.getTabs().add(1, checkInsTab);

        Tab requestsTab = new Tab();
        ChangeRequestsViewModel requestsModel = new ChangeRequestsViewModel(
                desks.requests(session),
                background,
                dialogs,
                news -> window.announce().accept(news, requestsTab),
                ZoneId.systemDefault());
        ChangeRequestsView requestsView = new ChangeRequestsView(requestsModel, window.showContact());
        requestsTab.setContent(requestsView.getRoot());
        requestsTab.textProperty().bind(requestsModel.titleProperty());
        refreshWhenChosen(requestsTab, requestsView::refresh);
        tabs.getTabs().add(2, requestsTab);

        InsightsView insightsView = new InsightsView(
                new InsightsViewModel(desks::insightsSince, background, desks.clock(), ZoneId.systemDefault()));
        Tab insightsTab = new Tab("Insights", insightsView.getRoot());
        insightsTab.setId("insightsTab");
        refreshWhenChosen(insightsTab, insightsView::refresh);
        tabs.getTabs().add(3, insightsTab);

        OutboxView outboxView = new OutboxView(
                new OutboxViewModel(desks.outbox(), background, ZoneId.systemDefault(), Locale.getDefault()));
        outboxTab.setContent(outboxView.getRoot());
        refreshWhenChosen(outboxTab, outboxView::onRefresh);
    }

    private static void refreshWhenChosen(Tab tab, Runnable refresh) {
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                refresh.run();
            }
        });
    }
}
