package com.portaldesk.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The staff app as a person meets it, each in a fresh process (JavaFX on Monocle's headless screen, the way the
 * tests draw, so no display is needed): the first window and the sign-in window after start, beside a bare JavaFX
 * window; the contacts list ready after sign-in, and the heap then.
 */
final class AppBench {
    private static final int RUNS = 3;
    private static final String SIGN_IN_TITLE = "PortalDesk — sign in";
    /** A staff member typing a user name, a password and a six-digit code. */
    private static final long TYPICAL_SIGN_IN_MILLIS = 5_000;

    private AppBench() {}

    static void measure(Path dataDir, int contacts, BenchResults results) throws Exception {
        double bare = median(() -> untilWindow(List.of(BareWindow.class.getName()), "Hello"));
        List<String> staffApp = List.of("com.portaldesk.app.Main", "--data-dir", dataDir.toString());
        List<Double> firstWindow = new ArrayList<>();
        List<Double> signIn = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Map<String, Double> shown = windows(staffApp, SIGN_IN_TITLE);
            firstWindow.add(shown.values().stream().min(Double::compare).orElseThrow());
            signIn.add(shown.get(SIGN_IN_TITLE));
        }
        double first = median(firstWindow);
        results.add(new Measure(
                "staff app: first window",
                "s",
                first,
                bare,
                "<= 2x a minimal JavaFX window",
                first <= 2 * bare,
                String.format(
                        Locale.ROOT,
                        "baseline: a JavaFX window with one label; median of %d "
                                + "starts, headless; the sign-in form follows at %.1f s",
                        RUNS,
                        median(signIn))));
        List<Double> ready = new ArrayList<>();
        List<Double> readyAtOnce = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Map<String, Double> typed = probe(List.of(
                    ContactsScreenProbe.class.getName(), dataDir.toString(), Long.toString(TYPICAL_SIGN_IN_MILLIS)));
            ready.add(typed.get("contacts-ready") / 1000);
            heap.add(typed.get("heap"));
            readyAtOnce.add(probe(List.of(ContactsScreenProbe.class.getName(), dataDir.toString(), "0"))
                            .get("contacts-ready")
                    / 1000);
        }
        double readyAfter = median(ready);
        results.add(new Measure(
                "staff app: contacts list ready after sign-in, " + String.format(Locale.ROOT, "%,d", contacts)
                        + " contacts",
                "s",
                readyAfter,
                null,
                "<= 3 s",
                readyAfter <= 3,
                String.format(
                        Locale.ROOT,
                        "from the sign-in accepted until the list shows its first "
                                + "page, the sign-in taking %d s of typing; %.1f s if it took none; median of %d",
                        TYPICAL_SIGN_IN_MILLIS / 1000,
                        median(readyAtOnce),
                        RUNS)));
        double heapMb = median(heap);
        results.add(new Measure(
                "heap with the contacts screen on " + String.format(Locale.ROOT, "%,d", contacts) + " contacts",
                "MB",
                heapMb,
                null,
                "<= 256 MB",
                heapMb <= 256,
                "heap in use after three full collections, list shown"));
    }

    private interface Timing {
        double seconds() throws Exception;
    }

    private static double median(Timing timing) throws Exception {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(timing.seconds());
        }
        return median(runs);
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double untilWindow(List<String> program, String title) throws Exception {
        return Optional.ofNullable(windows(program, title).get(title)).orElseThrow();
    }

    /** Starts the program under the window probe and returns when each window showed (s since start). */
    private static Map<String, Double> windows(List<String> program, String lastTitle) throws Exception {
        List<String> command = new ArrayList<>(List.of(WindowProbe.class.getName()));
        command.addAll(program);
        Map<String, Double> shown = new TreeMap<>();
        run(command, (line, seconds) -> {
            if (line.startsWith("PROBE window ")) {
                String title = line.substring("PROBE window ".length(), line.indexOf(" after "));
                shown.put(title, seconds);
                return !title.equals(lastTitle);
            }
            return true;
        });
        if (!shown.containsKey(lastTitle)) {
            throw new IllegalStateException(
                    program + " never showed \"" + lastTitle + "\"; it showed " + shown.keySet());
        }
        return shown;
    }

    /** Runs the probe program to its end and returns its "PROBE NAME NUMBER" figures. */
    private static Map<String, Double> probe(List<String> command) throws Exception {
        Map<String, Double> figures = new TreeMap<>();
        run(command, (line, seconds) -> {
            if (line.startsWith("PROBE ")) {
                String[] parts = line.split(" ");
                figures.put(parts[1], Double.parseDouble(parts[2]));
            }
            return true;
        });
        return figures;
    }

    private interface LineWatcher {
        /** False when the process may be stopped now. */
        boolean more(String line, double secondsSinceStart);
    }

    private static void run(List<String> mainAndArgs, LineWatcher watcher) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-cp",
                classPath(),
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Djava.awt.headless=true"));
        command.addAll(mainAndArgs);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!watcher.more(line, (System.nanoTime() - started) / 1e9)) {
                    break;
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The benchmark's own class path: exec:java runs it in a class loader of its own inside Maven. */
    private static String classPath() {
        ClassLoader loader = AppBench.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            return String.join(
                    File.pathSeparator,
                    Arrays.stream(urls.getURLs()).map(AppBench::file).toList());
        }
        return System.getProperty("java.class.path");
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
