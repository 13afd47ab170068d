package com.portaldesk.bench;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Runs another program's main in this process and prints a line "PROBE window TITLE" the moment each window with a
 * new title is showing, so the benchmark, which started this process, can time the first window and the sign-in
 * window from the outside. It watches from a daemon thread and never touches the program's own work.
 *
 * <pre>java ... com.portaldesk.bench.WindowProbe MAIN-CLASS [ARGS...]</pre>
 */
public final class WindowProbe {
    private WindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(WindowProbe::watch, "window-probe");
        watcher.setDaemon(true);
        watcher.start();
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
    }

    private static void watch() {
        Set<String> seen = new HashSet<>();
        while (true) {
            try {
                Platform.runLater(() -> report(seen));
            } catch (IllegalStateException toolkitNotStartedYet) {
                // the program has not started JavaFX yet
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void report(Set<String> seen) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window instanceof Stage stage && seen.add(String.valueOf(stage.getTitle()))) {
                System.out.println("PROBE window " + stage.getTitle() + " after "
                        + ManagementFactory.getRuntimeMXBean().getUptime() + " ms of JVM uptime");
                System.out.flush();
            }
        }
    }
}
