package com.portaldesk.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Runs another program's main in this process and prints a line "PROBE window TITLE" the moment each window is
 * showing, so the benchmark, which started this process, can time the first window and the sign-in window from the
 * outside. It starts JavaFX itself with a listener on the list of windows, then hands over to the program, whose
 * own launch finds JavaFX running; it never touches the program's work.
 *
 * <pre>java ... com.portaldesk.bench.WindowProbe MAIN-CLASS [ARGS...]</pre>
 */
public final class WindowProbe {
    private WindowProbe() {}

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WindowProbe::watch);
            }
        }));
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
    }

    /** JavaFX lists a window once it is showing; one listed again (shown anew, another title) is reported again. */
    private static void watch(Window window) {
        if (window instanceof Stage stage) {
            System.out.println("PROBE window " + stage.getTitle() + " after "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms of JVM uptime");
            System.out.flush();
        }
    }
}
