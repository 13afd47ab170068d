package com.portaldesk.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs PortalDesk's command line as a separate, short-lived Java process, the way a firm runs it: its own JVM, its
 * own connection to the data folder, exit when the command is done. The production logging set-up is used (not the
 * tests'), so standard output holds only what the command prints. Outputs go to files beside the data folder, so a
 * test's temporary folder holds everything and leaves nothing behind.
 */
public final class CliProcess {
    private final Path dataDir;
    private final Path config;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();

    public CliProcess(Path dataDir, Path config) {
        this.dataDir = dataDir;
        this.config = config;
    }

    public CliProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs a window headless (Monocle, software rendering), as the GUI tests do, for a staff app or kiosk process. */
    public CliProcess headlessWindows() {
        return property("glass.platform", "Monocle")
                .property("monocle.platform", "Headless")
                .property("prism.order", "sw")
                .property("prism.text", "t2k")
                .property("java.awt.headless", "true");
    }

    /** A Java system property for the process, such as user.home. */
    public CliProcess property(String name, String value) {
        jvmOptions.add("-D" + name + "=" + value);
        return this;
    }

    /** The result of one finished run. */
    public record Run(int exitCode, String out, String err) {}

    /** A process on its way; {@link #finish()} waits for it. */
    public record Started(Process process, Path out, Path err) {
        public Run finish() {
            try {
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("portaldesk did not finish in two minutes");
                }
                return new Run(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for portaldesk", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** SIGTERM on Linux, as a session logging out or a computer shutting down sends; waits for the exit. */
        public int terminate() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("portaldesk did not end within two minutes of SIGTERM");
            }
            return process.exitValue();
        }

        /** SIGKILL on Linux: no shutdown hook, no finally block, exactly like a power cut for the process. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Runs to the end (at most two minutes). */
    public Run run(String... args) {
        return start(args).finish();
    }

    /** Starts and returns at once, for tests that kill the process on the way or run several together. */
    public Started start(String... args) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaBinary()));
        command.addAll(ChildJvm.options());
        command.add("-Dlogback.configurationFile="
                + Path.of("target/classes/logback.xml").toAbsolutePath());
        // Like the suite itself, a child never reads this machine's own /etc/portaldesk/config.properties.
        String machineConfig = System.getProperty("portaldesk.machine-config");
        if (machineConfig != null) {
            command.add("-Dportaldesk.machine-config=" + machineConfig);
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("com.portaldesk.app.Main", "--data-dir", dataDir.toString()));
        if (config != null) {
            command.addAll(List.of("--config", config.toString()));
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTALDESK_"));
        builder.environment().putAll(environment);
        try {
            Path outputs = Files.createDirectories(dataDir.resolveSibling("cli-output"));
            Path out = Files.createTempFile(outputs, "out", ".txt");
            Path err = Files.createTempFile(outputs, "err", ".txt");
            Process process = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            return new Started(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
