package com.portaldesk.store;

import com.portaldesk.config.AppConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database in a fixed order: data folder, connection pool, Flyway migrations, key file check,
 * then Hibernate with schema validation only. Hibernate never changes the schema; Flyway owns it.
 */
public final class Database implements AutoCloseable {
    public static final String EMBEDDED_NAME = "portaldesk";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final FieldCipher cipher;
    private final String description;
    private final Set<String> migratedNow;

    private Database(HikariDataSource dataSource, EntityManagerFactory emf, FieldCipher cipher, String description,
                     Set<String> migratedNow) {
        this.dataSource = dataSource;
        this.entityManagerFactory = emf;
        this.cipher = cipher;
        this.description = description;
        this.migratedNow = migratedNow;
    }

    public static Database open(AppConfig config, List<Class<?>> entityClasses) {
        Path dataDir = DataFolder.prepare(config.dataDir());
        String url = config.dbUrl().isEmpty() ? embeddedUrl(dataDir) : config.dbUrl();
        String description = config.dbUrl().isEmpty() ? "embedded database in " + dataDir : redact(url);
        HikariDataSource dataSource = connect(config, url, description);
        try {
            byte[] key = KeyGuard.verifyExisting(dataSource, dataDir);
            Set<String> migratedNow = migrate(dataSource, description);
            FieldCipher cipher = new FieldCipher(key != null ? key : KeyGuard.unlock(dataSource, dataDir));
            EntityManagerFactory emf = new HibernatePersistenceConfiguration(EMBEDDED_NAME)
                    .managedClasses(entityClasses)
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                    .schemaToolingAction(Action.VALIDATE)
                    .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                    .property(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                    .property(AvailableSettings.ORDER_INSERTS, true)
                    .createEntityManagerFactory();
            LOG.info("Opened the {}", description);
            return new Database(dataSource, emf, cipher, description, migratedNow);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** The login of a database, for tools and tests that must reach it with plain JDBC. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + ", ••••]";
        }
    }

    /** The embedded database's login in this data folder. */
    public static Credentials embeddedCredentials(Path dataDir) {
        return new Credentials("", "");
    }

    /**
     * AUTO_SERVER lets the staff app, a kiosk and the command line share the file (local connections only).
     * LOCK_TIMEOUT lets a check wait for a row another program is updating instead of failing at once.
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve(EMBEDDED_NAME).toAbsolutePath() + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    }

    private static HikariDataSource connect(AppConfig config, String url, String description) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        if (!config.dbUser().isEmpty()) {
            pool.setUsername(config.dbUser());
            pool.setPassword(config.dbPassword());
        }
        pool.setMaximumPoolSize(config.dbPoolSize());
        pool.setPoolName("portaldesk");
        pool.setConnectionTimeout(10_000);
        pool.setAutoCommit(false);
        try {
            return new HikariDataSource(pool);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StorageException("Cannot open the " + description + ": " + DatabaseFailures.rootMessage(e)
                    + ". If another copy of PortalDesk is starting, wait a moment and try again.", e);
        }
    }

    /** Runs the migrations still due and returns the versions it applied. */
    private static Set<String> migrate(HikariDataSource dataSource, String description) {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return result.migrations.stream().map(m -> m.version).collect(Collectors.toUnmodifiableSet());
        } catch (FlywayException e) {
            throw new StorageException("Cannot prepare the " + description + ": " + DatabaseFailures.rootMessage(e), e);
        }
    }

    private static String redact(String url) {
        return "database " + url.replaceAll("(?i)(password=)[^;&]*", "$1****");
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    public FieldCipher cipher() {
        return cipher;
    }

    public String description() {
        return description;
    }

    /** The schema versions this opening applied (empty when the database was up to date). */
    public boolean migratedNow(String version) {
        return migratedNow.contains(version);
    }

    public Tx tx() {
        return new Tx(entityManagerFactory);
    }

    @Override
    public void close() {
        try {
            entityManagerFactory.close();
        } finally {
            dataSource.close();
        }
    }
}
