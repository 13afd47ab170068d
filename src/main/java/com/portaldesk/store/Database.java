package com.portaldesk.store;

import com.portaldesk.config.AppConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
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
    /** How long opening waits for another process that is opening or closing the same database. */
    static final Duration OPEN_PATIENCE = Duration.ofSeconds(30);
    /** How long a command-line run waits in line behind other runs using the embedded database. */
    static final Duration RUN_PATIENCE = Duration.ofMinutes(3);

    static {
        // The embedded database's shared-access port (AUTO_SERVER) listens on loopback only, never on the network.
        // H2 reads this once, when its settings class loads, so it is set before any H2 class is touched.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final HikariDataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final FieldCipher cipher;
    private final String description;
    private final Set<String> migratedNow;
    private final EmbeddedAccess access;

    private Database(
            HikariDataSource dataSource,
            EntityManagerFactory emf,
            FieldCipher cipher,
            String description,
            Set<String> migratedNow,
            EmbeddedAccess access) {
        this.access = access;
        this.dataSource = dataSource;
        this.entityManagerFactory = emf;
        this.cipher = cipher;
        this.description = description;
        this.migratedNow = migratedNow;
    }

    /**
     * Opens the database. When another PortalDesk process is opening or closing the same embedded database at
     * that moment (or PostgreSQL is starting), it tries again for up to {@link #OPEN_PATIENCE}, then fails with one
     * sentence: many short command-line runs at once must queue, not crash.
     */
    public static Database open(AppConfig config, List<Class<?>> entityClasses) {
        return open(config, entityClasses, false);
    }

    /**
     * As {@link #open(AppConfig, List)}; {@code shortRun} is for a command-line run, which takes its turn at the
     * embedded database for the whole run unless a long-running program hosts it (see {@link OpeningLock}).
     */
    public static Database open(AppConfig config, List<Class<?>> entityClasses, boolean shortRun) {
        long deadline = System.nanoTime() + OPEN_PATIENCE.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(config, entityClasses, shortRun);
            } catch (StorageException e) {
                if (!DatabaseFailures.mayPass(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.debug("The database is busy (try {}): {}", attempt, e.getMessage(), e);
                pause(attempt);
            }
        }
    }

    /** A growing, jittered pause, so processes started together do not all come back at the same moment. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(
                    50L * Math.min(attempt, 8) + ThreadLocalRandom.current().nextLong(100));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for the database.", e);
        }
    }

    private static Database openOnce(AppConfig config, List<Class<?>> entityClasses, boolean shortRun) {
        Path dataDir = DataFolder.prepare(config.dataDir());
        boolean embedded = config.dbUrl().isEmpty();
        String url = embedded ? embeddedUrl(dataDir) : config.dbUrl();
        String description = describe(config, dataDir);
        EmbeddedAccess access = embedded ? EmbeddedAccess.prepare(dataDir, shortRun, RUN_PATIENCE) : null;
        HikariDataSource dataSource;
        try {
            dataSource = connect(config, access, description);
        } catch (StorageException e) {
            if (access != null) {
                access.release();
            }
            throw e;
        }
        if (access != null) {
            access.connected();
        }
        try {
            if (embedded) {
                SameFolder.check(dataSource, dataDir, EMBEDDED_NAME);
            }
            byte[] key = KeyGuard.verifyExisting(dataSource, dataDir);
            Set<String> migratedNow = SchemaMigration.migrate(dataSource, description);
            FieldCipher cipher = new FieldCipher(key != null ? key : KeyGuard.unlock(dataSource, dataDir));
            EntityManagerFactory emf = new HibernatePersistenceConfiguration(EMBEDDED_NAME)
                    .managedClasses(entityClasses)
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                    .schemaToolingAction(Action.VALIDATE)
                    .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                    // Named, not guessed from a first connection: one connection fewer that another process's
                    // opening or closing of the shared embedded database can break.
                    .property(
                            AvailableSettings.DIALECT,
                            url.startsWith("jdbc:h2:")
                                    ? "org.hibernate.dialect.H2Dialect"
                                    : "org.hibernate.dialect.PostgreSQLDialect")
                    .property(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                    .property(AvailableSettings.ORDER_INSERTS, true)
                    // An IN list of any length up to the next power of two shares one query plan: the contacts
                    // list reads each page by its ids, and would otherwise plan a new query for every page size.
                    .property(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true)
                    .createEntityManagerFactory();
            OwnerOnly.tightenQuietly(dataDir); // what the database engine and the logs made in this start
            LOG.info("Opened the {}", description);
            return new Database(dataSource, emf, cipher, description, migratedNow, access);
        } catch (RuntimeException e) {
            dataSource.close();
            if (access != null) {
                access.release();
            }
            throw e instanceof StorageException storage
                    ? storage
                    : new StorageException(DatabaseFailures.cannotOpen(e, description), e);
        }
    }

    /** The login of a database, for tools and tests that must reach it with plain JDBC. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + ", ••••]";
        }
    }

    /** The embedded database's login in this data folder (made at first use). */
    public static Credentials embeddedCredentials(Path dataDir) {
        return EmbeddedLogin.of(dataDir);
    }

    /**
     * AUTO_SERVER lets the staff app, a kiosk and the command line share the file (local connections only).
     * WRITE_DELAY=0 writes every commit to the file at once: H2 would otherwise keep the last half second of commits
     * in memory, and a process killed then would lose a code it had promised (and its audit line).
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve(EMBEDDED_NAME).toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0"
                + SESSION_SETTINGS;
    }

    /** LOCK_TIMEOUT lets a check wait for a row another program is updating instead of failing at once. */
    static final String SESSION_SETTINGS = ";LOCK_TIMEOUT=10000";

    /** How messages name the database: its folder, or its URL without a password. */
    static String describe(AppConfig config, Path dataDir) {
        return config.dbUrl().isEmpty() ? "embedded database in " + dataDir : redact(config.dbUrl());
    }

    static HikariDataSource connect(AppConfig config, EmbeddedAccess access, String description) {
        return connect(config, access, description, null);
    }

    /** {@code applicationName}: how PostgreSQL lists this pool's sessions (null: the driver's default). */
    static HikariDataSource connect(
            AppConfig config, EmbeddedAccess access, String description, String applicationName) {
        HikariConfig pool = new HikariConfig();
        if (access != null) {
            pool.setDataSource(access.dataSource());
        } else {
            pool.setJdbcUrl(config.dbUrl());
            if (!config.dbUser().isEmpty()) {
                pool.setUsername(config.dbUser());
                pool.setPassword(config.dbPassword());
            }
        }
        if (applicationName != null && access == null) {
            pool.addDataSourceProperty("ApplicationName", applicationName);
        }
        pool.setMaximumPoolSize(config.dbPoolSize());
        // Connections are made when needed, not kept ready: a short command-line run needs one or two.
        pool.setMinimumIdle(1);
        pool.setPoolName("portaldesk");
        pool.setConnectionTimeout(10_000);
        pool.setAutoCommit(false);
        // A connection the embedded database broke off (its host process closed) is thrown away, never reused.
        pool.setExceptionOverride(new ConnectionLossOverride());
        try {
            return new HikariDataSource(pool);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StorageException(DatabaseFailures.cannotOpen(e, description), e);
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

    /** Plain connections, for the store's own tools that work below Hibernate (backups). */
    DataSource dataSource() {
        return dataSource;
    }

    public Tx tx() {
        return new Tx(entityManagerFactory);
    }

    /**
     * Closes. The process hosting the shared embedded database first lets other processes' transactions under way
     * finish, since closing hands the database over and breaks their connections.
     */
    @Override
    public void close() {
        try {
            entityManagerFactory.close();
        } finally {
            if (access != null) {
                access.beforeClose(dataSource);
            }
            dataSource.close();
            if (access != null) {
                access.release();
            }
        }
    }
}
