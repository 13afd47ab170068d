import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds PortalDesk's installers with the JDK's own jlink and jpackage, for the operating system it runs on:
 * a trimmed Java runtime, an app image with two launchers (PortalDesk, PortalDesk Kiosk), the native packages
 * (.deb and .rpm on Linux, .msi on Windows, .dmg on macOS), a portable archive, and SHA256SUMS.
 *
 * <p>Run by {@code mvn -Pinstaller -DskipTests package}, which passes:
 * {@code java installer/Package.java <version> <project dir> <target dir>}. Nothing here packages by hand: every
 * package is jpackage's; this file only chooses its options, so the steps read the same on every OS.
 */
public final class Package {
    private static final String NAME = "PortalDesk";
    private static final String KIOSK = "PortalDeskKiosk";
    static final String DESKTOP_HEAP = "-Xmx1g";
    /** G1 collects once a minute while the program idles and gives the freed memory back to the system. */
    static final String RETURN_IDLE_MEMORY = "-XX:G1PeriodicGCInterval=60000";
    private static final String MAIN_CLASS = "com.portaldesk.app.Main";
    private static final String VENDOR = "PortalDesk";
    private static final String DESCRIPTION = "Client contacts and client-portal sign-in security for accounting and tax firms";
    /** The Windows installer's upgrade code: never change it, or a new version installs beside the old one. */
    private static final String WINDOWS_UPGRADE_UUID = "5b0e9a37-7d3c-4c8e-9a51-2f6d0c1e8b44";

    private final String version;
    private final Path project;
    private final Path target;
    private final Path out;
    private final String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);

    private Package(String version, Path project, Path target) {
        // jpackage wants numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
        this.version = version.replaceAll("[^0-9.].*$", "");
        this.project = project;
        this.target = target;
        this.out = target.resolve("installer");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: java installer/Package.java <version> <project dir> <target dir>");
            System.exit(2);
        }
        new Package(args[0], Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath()).build();
    }

    private void build() throws IOException {
        deleteTree(out);
        Files.createDirectories(out);
        Path input = stage();
        Path runtime = jlink();
        jpackage("app-image", input, runtime, List.of());
        if (os.contains("linux")) {
            jpackage("deb", input, runtime, linuxOptions("--linux-deb-maintainer", "support@portaldesk.invalid"));
            if (onPath("rpmbuild")) {
                jpackage("rpm", input, runtime, linuxOptions("--linux-rpm-license-type", "Proprietary"));
            } else {
                System.err.println("warning: rpmbuild is not installed, so no .rpm (apt-get install rpm)");
            }
            archive("tar.gz");
        } else if (os.contains("windows")) {
            jpackage("msi", input, runtime, List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
            archive("zip");
        } else if (os.contains("mac")) {
            jpackage("dmg", input, runtime, List.of("--mac-package-identifier", "com.portaldesk",
                    "--mac-package-name", NAME));
            archive("tar.gz");
        }
        checksums();
        System.out.println("PortalDesk " + version + " installers are in " + out);
    }

    /** The program's jar with its libraries beside it (lib/), as its manifest's Class-Path expects. */
    private Path stage() throws IOException {
        Path input = out.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(target.resolve("portaldesk.jar"), input.resolve("portaldesk.jar"));
        // Copied to /etc/portaldesk/config.properties on first install: every key, commented, with its default.
        Files.writeString(input.resolve("machine-config.properties"), "# PortalDesk machine-wide configuration: read "
                + "before each user's own config.properties, for every account of this computer.\n# Set db.url etc. here "
                + "to point all of them at the firm's shared database (docs/shared-database.md).\n\n"
                + Files.readString(project.resolve("config.properties")), StandardCharsets.UTF_8);
        // For the database administrator of a firm with several workstations (docs/shared-database.md).
        Files.copy(project.resolve("installer/postgres-setup.sql"), input.resolve("postgres-setup.sql"));
        if (os.contains("linux")) {
            // The session, autologin and lock-down files of a dedicated lobby PC (docs/kiosk-setup.md).
            Files.copy(project.resolve("installer/linux/class-archive.sh"), input.resolve("class-archive.sh"));
            Files.createDirectories(input.resolve("kiosk"));
            try (Stream<Path> files = Files.list(project.resolve("installer/linux/kiosk"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, input.resolve("kiosk").resolve(file.getFileName()));
                }
            }
        }
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path lib : libs.toList()) {
                Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()));
            }
        }
        return input;
    }

    /** A Java runtime with only the modules PortalDesk uses (installer/modules.txt, checked with jdeps). */
    private Path jlink() throws IOException {
        String modules = String.join(",", Files.readAllLines(project.resolve("installer/modules.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        Path runtime = out.resolve("runtime");
        // --generate-cds-archive: the runtime's own classes stored pre-parsed (lib/server/classes.jsa), which every
        // start maps; on Linux the installed program's own archive is built on it (installer/linux/class-archive.sh).
        run("jlink", "--add-modules", modules, "--output", runtime.toString(), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=2", "--include-locales=en,es", "--generate-cds-archive");
        return runtime;
    }

    private void jpackage(String type, Path input, Path runtime, List<String> extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", type, "--name", NAME, "--app-version", version,
                "--vendor", VENDOR, "--description", DESCRIPTION, "--copyright", "PortalDesk",
                "--input", input.toString(), "--main-jar", "portaldesk.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", icon("portaldesk").toString(),
                "--java-options", "-Dfile.encoding=UTF-8",
                // A desktop program's heap, not a quarter of the machine (decision 0021).
                "--java-options", DESKTOP_HEAP,
                "--java-options", RETURN_IDLE_MEMORY,
                "--add-launcher", KIOSK + "=" + kioskLauncher(),
                "--dest", out.toString()));
        args.addAll(extra);
        run("jpackage", args.toArray(String[]::new));
    }

    private List<String> linuxOptions(String... forThisPackage) {
        List<String> options = new ArrayList<>(List.of("--linux-package-name", "portaldesk", "--install-dir", "/opt",
                "--linux-shortcut", "--linux-menu-group", "Office", "--linux-app-category", "office",
                "--linux-package-deps", "libgtk-3-0", "--resource-dir", project.resolve("installer/linux").toString()));
        options.addAll(List.of(forThisPackage));
        return options;
    }

    /** The kiosk launcher: the same program started with --kiosk, with its own icon and menu entry. */
    private Path kioskLauncher() throws IOException {
        Path properties = out.resolve("kiosk-launcher.properties");
        if (!Files.exists(properties)) {
            Files.writeString(properties, String.join("\n",
                    "arguments=--kiosk",
                    "description=PortalDesk Kiosk: client sign-in on a lobby PC, full screen",
                    "icon=" + icon("portaldesk-kiosk").toString().replace("\\", "/"),
                    "linux-shortcut=true",
                    "win-menu=true",
                    "win-shortcut=true", ""), StandardCharsets.UTF_8);
        }
        return properties;
    }

    /** installer/icons holds the SVG sources; each OS takes its own raster form (PNG, ICO, ICNS). */
    private Path icon(String name) {
        String extension = os.contains("windows") ? ".ico" : os.contains("mac") ? ".icns" : ".png";
        return project.resolve("installer/icons").resolve(name + extension);
    }

    /** The app image as one portable archive, for a PC where no installer may run. */
    private void archive(String kind) throws IOException {
        Path image = out.resolve(os.contains("mac") ? NAME + ".app" : NAME);
        String file = "portaldesk-" + version + "-" + platform() + "." + kind;
        if (kind.equals("zip")) {
            run("jar", "--create", "--file", out.resolve(file).toString(), "-C", out.toString(),
                    image.getFileName().toString());
        } else {
            exec("tar", "-czf", out.resolve(file).toString(), "-C", out.toString(), image.getFileName().toString());
        }
    }

    private String platform() {
        String arch = System.getProperty("os.arch", "").replace("amd64", "x64");
        return (os.contains("windows") ? "windows" : os.contains("mac") ? "macos" : "linux") + "-" + arch;
    }

    /** SHA256SUMS in the format sha256sum -c reads, for every package and archive made. */
    private void checksums() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.matches(".*\\.(deb|rpm|msi|dmg|zip|tar\\.gz)$")) {
                    lines.add(sha256(file) + "  " + name);
                }
            }
        }
        Files.write(out.resolve("SHA256SUMS"), lines, StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() ->
                new IllegalStateException(tool + " is not in this JDK; build the installers with a full JDK 17+"));
        System.out.println("> " + tool + " " + String.join(" ", args));
        int code = provider.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + code);
        }
    }

    private static void exec(String... command) throws IOException {
        try {
            int code = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (code != 0) {
                throw new IllegalStateException(command[0] + " failed with exit code " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
