package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.settings.FirmDetails;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** settings firm | checkpoint-mail: the firm's name and phone as clients see them, and the daily checkpoint mail. */
@Command(
        name = "settings",
        mixinStandardHelpOptions = true,
        description = "Settings shared by every workstation.",
        subcommands = {SettingsCommand.Firm.class, CheckpointMailCommand.class},
        footer = ExitCodes.HELP_FOOTER)
public final class SettingsCommand {
    @ParentCommand
    private PortalDeskCommand root;

    PortalDeskCommand root() {
        return root;
    }

    /** settings firm */
    @Command(
            name = "firm",
            mixinStandardHelpOptions = true,
            description = "Show, or set, the firm's name and phone: every code message names them (\"If you did not "
                    + "ask for this code, call <firm> at <phone>\").")
    static final class Firm implements Callable<Integer> {
        @ParentCommand
        private SettingsCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--name", paramLabel = "NAME", description = "The firm's name, 1 to 80 characters.")
        private String name;

        @Option(
                names = "--phone",
                paramLabel = "NUMBER",
                description = "The number clients call, such as \"(415) 555-0100\"; \"\" for none.")
        private String phone;

        @Mixin
        private TerminalOption terminal;

        @Mixin
        private JsonOption json;

        @Override
        public Integer call() {
            try (CliServices services = parent.root.open()) {
                FirmDetails current = services.policies().firm();
                if (name != null || phone != null) {
                    FirmDetails wanted = services.policies()
                            .checked(new FirmDetails(
                                    name != null ? name : current.name(), phone != null ? phone : current.phone()));
                    Actor actor = new Actor(services.actor().name(), terminal.resolve(services));
                    services.policies().saveFirm(wanted, actor);
                    current = services.policies().firm();
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    Map<String, Object> shown = new LinkedHashMap<>();
                    shown.put("name", current.name());
                    shown.put("phone", current.phone());
                    out.println(Json.write(shown));
                } else {
                    out.println("Firm: " + current.name());
                    out.println("Phone: " + (current.phone().isEmpty() ? "(none)" : current.phone()));
                }
                return ExitCodes.OK;
            }
        }
    }
}
