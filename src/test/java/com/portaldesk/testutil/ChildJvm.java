package com.portaldesk.testutil;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * How the tests start PortalDesk as a process of its own, about as quickly as the installed program starts: the
 * program's classes in a jar, and a class-data archive (AppCDS) of one first run, as the installers ship one. A
 * command then starts in about half the time and a third of the processor time, which the suite's many processes
 * on two cores feel; what the command does is the same. Made once per build of the classes (keyed by their names,
 * sizes and times), under a lock, as several test JVMs run at once.
 */
final class ChildJvm {
    private static final Path FOLDER = Path.of("target", "child-jvm").toAbsolutePath();
    private static List<String> options;

    private ChildJvm() {}

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path and the JVM options a child starts with, before its own options and the main class. */
    static synchronized List<String> options() {
        if (options == null) {
            options = prepare();
        }
        return options;
    }

    private static List<String> prepare() {
        Path classes = Path.of("target", "classes").toAbsolutePath();
        List<String> jars = new ArrayList<>();
        for (String entry : testClassPath().split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(entry);
            }
        }
        Path folder = FOLDER.resolve(fingerprint(classes, jars));
        Path jar = folder.resolve("portaldesk-classes.jar");
        Path archive = folder.resolve("classes.jsa");
        List<String> classPath = new ArrayList<>(List.of(jar.toString()));
        classPath.addAll(jars);
        String joined = String.join(File.pathSeparator, classPath);
        try {
            Files.createDirectories(folder);
            try (FileChannel lockFile = FileChannel.open(
                            folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock held = lockFile.lock()) {
                if (!Files.exists(jar)) {
                    writeJar(classes, jar);
                }
                if (!Files.exists(archive)) {
                    dumpArchive(joined, archive);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The jar and class archive for PortalDesk processes in " + folder, e);
        }
        List<String> result = new ArrayList<>(List.of("-cp", joined));
        if (Files.exists(archive)) {
            // Quiet: a JVM that cannot map the archive starts without it, and its warning would otherwise land in the
            // command's own output, which the tests read.
            result.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        // A command runs for seconds: the quick compiler alone and one GC thread cost two cores least.
        result.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        return List.copyOf(result);
    }

    /** Surefire runs tests from a manifest-only jar; the real entries are in surefire.test.class.path. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static String fingerprint(Path classes, List<String> jars) {
        try (Stream<Path> files = Files.walk(classes)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update((classes.relativize(file) + "|" + Files.size(file) + "|"
                                + Files.getLastModifiedTime(file).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            jars.forEach(jar -> digest.update((jar + "\n").getBytes(StandardCharsets.UTF_8)));
            digest.update(System.getProperty("java.version").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + classes, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void writeJar(Path classes, Path jar) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
        try (Stream<Path> files = Files.walk(classes);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
            // Folders too, as the build's jar has them: Flyway finds db/migration by asking for the folder.
            for (Path path : files.filter(path -> !path.equals(classes))
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(path);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
        Files.move(partial, jar);
    }

    /**
     * One run of a command that opens the database, with the JVM writing down the classes it loaded. A run that
     * leaves no archive is reported and the tests go on without one: slower, the same.
     */
    private static void dumpArchive(String classPath, Path archive) throws IOException {
        Path data = Files.createTempDirectory("portaldesk-archive-run");
        Path log = archive.resolveSibling("archive-run.log");
        try {
            List<String> command = new ArrayList<>(List.of(
                    javaBinary(),
                    "-cp",
                    classPath,
                    "-XX:ArchiveClassesAtExit=" + archive,
                    "-Dlogback.configurationFile="
                            + Path.of("target/classes/logback.xml").toAbsolutePath()));
            String machineConfig = System.getProperty("portaldesk.machine-config");
            if (machineConfig != null) {
                command.add("-Dportaldesk.machine-config=" + machineConfig);
            }
            command.addAll(List.of("com.portaldesk.app.Main", "--data-dir", data.toString(), "contacts", "list"));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("PORTALDESK_"));
            Process run = builder.start();
            if (!run.waitFor(2, TimeUnit.MINUTES)) {
                run.destroyForcibly();
            }
            if (!Files.exists(archive)) {
                System.err.println("No class archive for PortalDesk processes; they start without one. See " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while making the class archive", e);
        } finally {
            try (Stream<Path> made = Files.walk(data)) {
                for (Path path : made.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
