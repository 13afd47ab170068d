package com.portaldesk.app;

import com.portaldesk.cli.CliServices;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.ContactImport;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.CsvExport;
import com.portaldesk.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Builds each service once, in one place, for the staff app, the kiosk and the command line alike. */
public final class AppContext implements CliServices {
    private final AppConfig config;
    private final Database database;
    private final ContactService contacts;
    private final ContactImport contactImport;
    private final CsvExport csvExport;

    private AppContext(AppConfig config, Database database, Clock clock) {
        this.config = config;
        this.database = database;
        this.contacts = new ContactService(database.tx(), database.cipher(), config.phoneDefaultRegion(), clock);
        this.contactImport = new ContactImport(contacts);
        this.csvExport = new CsvExport(contacts);
    }

    public static AppContext open(AppConfig config) {
        return open(config, Clock.systemUTC());
    }

    public static AppContext open(AppConfig config, Clock clock) {
        List<Class<?>> entities = new ArrayList<>(ContactService.entityClasses());
        return new AppContext(config, Database.open(config, entities), clock);
    }

    @Override
    public AppConfig config() {
        return config;
    }

    public String databaseDescription() {
        return database.description();
    }

    @Override
    public ContactService contacts() {
        return contacts;
    }

    @Override
    public ContactImport contactImport() {
        return contactImport;
    }

    @Override
    public CsvExport csvExport() {
        return csvExport;
    }

    @Override
    public void close() {
        database.close();
    }
}
