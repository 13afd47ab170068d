package com.portaldesk.testutil;

import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL server .ci/run starts (PORTALDESK_TEST_PG_URL, _USER, _PASSWORD, _ROOTCERT), used as a firm's
 * database administrator would: psql with a script, plain SQL as the superuser.
 */
public final class PostgresAdmin {
    private static final Pattern HOST_PORT = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*");

    private final String url;
    private final String user;
    private final String password;
    private final String host;
    private final String port;

    private PostgresAdmin(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        Matcher parts = HOST_PORT.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException("PORTALDESK_TEST_PG_URL needs a host and port: " + url);
        }
        this.host = parts.group(1);
        this.port = parts.group(2);
    }

    /** Empty on a machine without the test server; tests then skip. */
    public static Optional<PostgresAdmin> fromEnvironment() {
        String url = System.getenv("PORTALDESK_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PostgresAdmin(
                url,
                System.getenv().getOrDefault("PORTALDESK_TEST_PG_USER", "portaldesk"),
                System.getenv().getOrDefault("PORTALDESK_TEST_PG_PASSWORD", "")));
    }

    /** The CA certificate of the server's TLS certificate (made out to "localhost"), when the server has one. */
    public Optional<Path> rootCertificate() {
        return Optional.ofNullable(System.getenv("PORTALDESK_TEST_PG_ROOTCERT"))
                .filter(p -> !p.isBlank())
                .map(Path::of);
    }

    /** PortalDesk's configuration for one database of the test server, as the administrator's login. */
    public AppConfig config(Path dataDir, String database) {
        return AppConfig.load(
                null,
                Map.of("PD_PG_SECRET", password),
                Map.of(
                        ConfigKey.DATA_DIR,
                        dataDir.toString(),
                        ConfigKey.DB_URL,
                        url(database, ""),
                        ConfigKey.DB_USER,
                        user,
                        ConfigKey.DB_PASSWORD,
                        "${env:PD_PG_SECRET}"));
    }

    /** A new, empty database (dropped first if a previous run left it). */
    public void freshDatabase(String database) throws SQLException {
        execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)", "CREATE DATABASE " + database);
    }

    public String host() {
        return host;
    }

    public String port() {
        return port;
    }

    /** A JDBC URL for another database on the same server, with extra parameters ("sslmode=..."). */
    public String url(String database, String parameters) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database
                + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    public void execute(String database, String... statements) throws SQLException {
        try (Connection db = DriverManager.getConnection(url(database, ""), user, password);
                Statement s = db.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    public Object queryOne(String database, String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(url(database, ""), user, password);
                Statement s = db.createStatement();
                var rows = s.executeQuery(query)) {
            return rows.next() ? rows.getObject(1) : null;
        }
    }

    /** The result of one psql run: its exit code and everything it printed. */
    public record PsqlRun(int exitCode, String output) {}

    /** Runs a script with psql as the administrator, with -v variables, the way the setup guide says. */
    public PsqlRun psql(Path script, Map<String, String> variables) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(psqlBinary(), "-X", "-h", host, "-p", port, "-U", user, "-d", "postgres"));
        variables.forEach((name, value) -> command.addAll(List.of("-v", name + "=" + value)));
        command.addAll(List.of("-f", script.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("psql did not finish: " + output);
        }
        return new PsqlRun(process.exitValue(), output);
    }

    /** psql from the PATH, else from the server's own installation (Debian keeps it under /usr/lib/postgresql). */
    private static String psqlBinary() throws IOException {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "psql");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> found = versions.map(v -> v.resolve("bin/psql"))
                        .filter(Files::isExecutable)
                        .max(Path::compareTo);
                if (found.isPresent()) {
                    return found.get().toString();
                }
            }
        }
        throw new AssertionError("psql is not installed; .ci/run installs PostgreSQL with it");
    }
}
