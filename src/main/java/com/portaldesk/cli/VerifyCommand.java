package com.portaldesk.cli;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.ClientStatus;
import com.portaldesk.verify.StartResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * verify start | resend | check: the client's sign-in from a terminal. Output holds only what a client could
 * see, plus the challenge id; the real reasons are in the audit log.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Sign a client in as a kiosk would: start, resend, check.",
        subcommands = {VerifyCommand.Start.class, VerifyCommand.Resend.class, VerifyCommand.Check.class},
        footer = "%nExit codes: 0 code sent or approved, 1 failure, 2 invalid input, 3 refused (not approved, "
                + "or try later).")
public final class VerifyCommand {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyCommand.class);

    /** Longer than a text's status watch and an email's tries, shorter than a code's life. */
    static final Duration DELIVERY_WAIT = Duration.ofMinutes(3);

    @ParentCommand
    private PortalDeskCommand root;

    CliServices open() {
        return root.open();
    }

    static Channel channel(String text) {
        return switch (text == null ? "" : text.toLowerCase(Locale.ROOT)) {
            case "sms" -> Channel.SMS;
            case "email" -> Channel.EMAIL;
            default -> throw new IllegalArgumentException("--channel is sms or email.");
        };
    }

    static UUID challenge(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--challenge is the id printed by 'verify start'.");
        }
    }

    /**
     * Waits until the codes of this challenge are final, so that a code queued by this short-lived process is
     * really sent (or fallen back, or given up) before it exits. The wait says nothing on the output: what a
     * client would see must not depend on whether the details matched.
     */
    static void awaitDelivery(CliServices services, StartResult result, boolean noWait) {
        if (noWait || result.challengeId() == null) {
            return;
        }
        if (!services.verification().awaitDeliveries(List.of(result.challengeId()), DELIVERY_WAIT)) {
            LOG.warn(
                    "A code of challenge {} is still on its way "
                            + "after {} s; the next PortalDesk process that sends codes will finish it",
                    result.challengeId(),
                    DELIVERY_WAIT.toSeconds());
        }
    }

    static int print(CommandSpec spec, boolean json, StartResult result) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put(
                    "challenge",
                    result.challengeId() == null ? null : result.challengeId().toString());
            shown.put("status", result.status().name());
            shown.put("message", result.message());
            shown.put(
                    "channel",
                    result.channel() == null ? null : result.channel().name());
            shown.put("codeLength", result.codeLength());
            shown.put("expiresInSeconds", result.expiresInSeconds());
            shown.put("resendInSeconds", result.resendInSeconds());
            out.println(Json.write(shown));
        } else {
            out.println(result.message());
            if (result.challengeId() != null) {
                out.println("Challenge: " + result.challengeId());
            }
        }
        return switch (result.status()) {
            case CODE_SENT -> ExitCodes.OK;
            case INVALID_INPUT -> ExitCodes.INVALID_INPUT;
            default -> ExitCodes.REFUSED;
        };
    }

    /** verify start */
    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            description = "Ask for a code with email + SSN last four.")
    static final class Start implements Callable<Integer> {
        @ParentCommand
        private VerifyCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The client's email address.")
        private String email;

        @Option(
                names = "--last4",
                required = true,
                paramLabel = "NNNN",
                description = "Last four of the SSN, or the PIN.")
        private String last4;

        @Option(names = "--channel", required = true, paramLabel = "sms|email", description = "How to send the code.")
        private String channel;

        @Mixin
        private TerminalOption terminal;

        @Mixin
        private JsonOption json;

        @Mixin
        private NoWaitOption noWait;

        @Option(
                names = "--language",
                paramLabel = "en|es",
                description = "Language of the code message (default: the contact's preferred language).")
        private String language;

        @Override
        public Integer call() {
            Channel wanted = channel(channel);
            Language written = language == null ? null : Language.parse(language);
            try (CliServices services = parent.open()) {
                StartResult result = services.verification()
                        .engine()
                        .start(email, last4, wanted, terminal.resolve(services), written);
                awaitDelivery(services, result, noWait.enabled);
                return print(spec, json.enabled, result);
            }
        }
    }

    /** verify resend */
    @Command(name = "resend", mixinStandardHelpOptions = true, description = "Ask for a new code for a challenge.")
    static final class Resend implements Callable<Integer> {
        @ParentCommand
        private VerifyCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--challenge", required = true, paramLabel = "ID", description = "The challenge id.")
        private String challenge;

        @Option(names = "--channel", paramLabel = "sms|email", description = "Another channel (default: the same).")
        private String channel;

        @Mixin
        private TerminalOption terminal;

        @Mixin
        private JsonOption json;

        @Mixin
        private NoWaitOption noWait;

        @Override
        public Integer call() {
            UUID id = challenge(challenge);
            Channel wanted = channel == null ? null : channel(channel);
            try (CliServices services = parent.open()) {
                StartResult result = services.verification().engine().resend(id, wanted, terminal.resolve(services));
                awaitDelivery(services, result, noWait.enabled);
                return print(spec, json.enabled, result);
            }
        }
    }

    /** verify check */
    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check a code.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        private VerifyCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--challenge", required = true, paramLabel = "ID", description = "The challenge id.")
        private String challenge;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "The code the client received.")
        private String code;

        @Mixin
        private TerminalOption terminal;

        @Mixin
        private JsonOption json;

        @Override
        public Integer call() {
            UUID id = challenge(challenge);
            try (CliServices services = parent.open()) {
                CheckResult result = services.verification().codeCheck().check(id, code, terminal.resolve(services));
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    Map<String, Object> shown = new LinkedHashMap<>();
                    shown.put("challenge", id.toString());
                    shown.put("status", result.status().name());
                    shown.put("message", result.message());
                    shown.put("attemptsLeft", result.attemptsLeft());
                    shown.put(
                            "sessionExpiresAt",
                            result.session()
                                    .map(s -> s.absoluteUntil().toString())
                                    .orElse(null));
                    out.println(Json.write(shown));
                } else {
                    out.println(result.message());
                }
                return result.approved()
                        ? ExitCodes.OK
                        : result.status() == ClientStatus.INVALID_INPUT ? ExitCodes.INVALID_INPUT : ExitCodes.REFUSED;
            }
        }
    }
}
