package com.portaldesk.bench;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.config.AppConfig;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactInput;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.verify.VerificationEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Prints the median time of {@code start} for the five cases a client must not be able to tell apart:
 * real match, unknown email, wrong last four, locked, portal off. Each run uses its own identity and
 * terminal so that no budget interferes, and the cases take turns so that drift hits all alike.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=com.portaldesk.bench.StartTimingBenchmark [-Dexec.args=1000]</pre>
 */
public final class StartTimingBenchmark {
    private StartTimingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        measure(
                runs,
                "outbox delivering on a worker thread, as in production",
                Executors.newFixedThreadPool(2),
                AppContext.DELIVERY_HAND_OFF);
        measure(runs, "deliveries discarded: the engine's own work only", new DiscardingExecutor(), Duration.ZERO);
    }

    private static void measure(int runs, String mode, ExecutorService deliveries, Duration handOff) throws Exception {
        Path dataDir = Files.createTempDirectory("portaldesk-timing");
        try (AppContext context =
                AppContext.open(AppConfig.forDataDir(dataDir), Opening.program().deliveringOn(deliveries, handOff))) {
            seed(context, runs);
            VerificationEngine engine = context.verification().engine();
            context.policies()
                    .save(
                            new PolicyBuilder(context.policies().current())
                                    .lock(3, Duration.ofHours(24), Duration.ofMinutes(30))
                                    .build(),
                            TestActor.STAFF);
            for (int i = 0; i < runs; i++) {
                for (int k = 0; k < 3; k++) {
                    engine.start("locked" + i + "@example.com", "0001", Channel.EMAIL, "prep-" + i + "-" + k);
                }
            }
            context.policies()
                    .save(
                            new PolicyBuilder(context.policies().current())
                                    .lock(10, Duration.ofHours(24), Duration.ofMinutes(30))
                                    .build(),
                            TestActor.STAFF);
            Map<String, List<Double>> timings = new LinkedHashMap<>();
            for (String name : List.of("real match", "unknown email", "wrong last four", "locked", "portal off")) {
                timings.put(name, new ArrayList<>());
            }
            for (int run = 0; run < runs; run++) {
                int i = run;
                time(
                        timings,
                        "real match",
                        () -> engine.start("match" + i + "@example.com", "7351", Channel.EMAIL, "m" + i));
                time(
                        timings,
                        "unknown email",
                        () -> engine.start("ghost" + i + "@example.com", "7351", Channel.EMAIL, "u" + i));
                time(
                        timings,
                        "wrong last four",
                        () -> engine.start("wrong" + i + "@example.com", "9999", Channel.EMAIL, "w" + i));
                time(
                        timings,
                        "locked",
                        () -> engine.start("locked" + i + "@example.com", "7351", Channel.EMAIL, "l" + i));
                time(
                        timings,
                        "portal off",
                        () -> engine.start("off" + i + "@example.com", "7351", Channel.EMAIL, "o" + i));
            }
            System.out.printf("start() over %,d runs per case, embedded H2, %s:%n", runs, mode);
            timings.forEach((name, list) -> {
                Collections.sort(list);
                System.out.printf(
                        "  %-16s median %6.2f ms   p90 %6.2f ms%n",
                        name, list.get(list.size() / 2), list.get((int) (list.size() * 0.9)));
            });
        }
    }

    /** Accepts deliveries and drops them. */
    private static final class DiscardingExecutor extends DirectExecutorService {
        @Override
        public void execute(Runnable command) {
            // dropped on purpose
        }
    }

    private static void time(Map<String, List<Double>> timings, String name, Runnable start) {
        long begin = System.nanoTime();
        start.run();
        timings.get(name).add((System.nanoTime() - begin) / 1e6);
    }

    private static void seed(AppContext context, int runs) {
        List<ContactInput> inputs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            inputs.add(contact("match" + i, true));
            inputs.add(contact("wrong" + i, true));
            inputs.add(contact("locked" + i, true));
            inputs.add(contact("off" + i, false));
        }
        context.contactImport()
                .run(
                        context.contactImport().judgeInputs(inputs),
                        ImportMode.VALID_ROWS,
                        ImportProgress.NONE,
                        "test file",
                        TestActor.STAFF);
    }

    private static ContactInput contact(String name, boolean portal) {
        return new ContactInput(
                "Bench", name, name + "@example.com", "(415) 555-0142", "219-09-7351", "", "email", portal, "");
    }
}
