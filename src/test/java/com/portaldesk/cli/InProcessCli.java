package com.portaldesk.cli;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.RestoredDatabaseCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command line run inside the test's own JVM on a data folder (fast, for what the command says and does); see
 * CliProcess for runs as a separate process. Keeps what the last run printed.
 */
final class InProcessCli {
    private final List<String> leading;
    private final Map<String, String> environment;
    String out = "";
    String err = "";

    InProcessCli(Path dataDir) {
        this(dataDir, null, Map.of());
    }

    InProcessCli(Path dataDir, Path config, Map<String, String> environment) {
        this.leading = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        if (config != null) {
            leading.addAll(List.of("--config", config.toString()));
        }
        this.environment = environment;
    }

    int run(String... args) {
        List<String> all = new ArrayList<>(leading);
        all.addAll(List.of(args));
        CommandLine cli =
                PortalDeskCli.create(AppContext::open, RestoredDatabaseCheck::new, (config, kiosk) -> {}, environment);
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        cli.setOut(new PrintWriter(outText));
        cli.setErr(new PrintWriter(errText));
        int code = cli.execute(all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return code;
    }
}
