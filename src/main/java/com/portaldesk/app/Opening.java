package com.portaldesk.app;

import com.portaldesk.staff.PasswordHasher;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How an {@link AppContext} is opened: which clock its services record with, the threads codes are handed to
 * providers on and how long a start waits for the hand-over, whether the process is a short command run (it takes
 * its turn at the embedded database for the whole run), whether it writes audit checkpoints (not for a database
 * opened only to check it), and the cost staff passwords are hashed at.
 */
public record Opening(
        Clock clock,
        ExecutorService deliveryThreads,
        Duration handOffDelay,
        boolean shortRun,
        boolean keepsCheckpoints,
        PasswordHasher passwords) {
    private static final AtomicInteger DELIVERY_THREADS = new AtomicInteger();

    /** A staff app or kiosk: the system clock, four delivery threads, checkpoints, the program's password cost. */
    public static Opening program() {
        return new Opening(
                Clock.systemUTC(),
                newDeliveryThreads(),
                AppContext.DELIVERY_HAND_OFF,
                false,
                true,
                new PasswordHasher());
    }

    /**
     * One command-line run: the process takes its turn at the embedded database for the whole run, unless a staff
     * app or kiosk hosts it (see store.OpeningLock), so that many runs at once queue instead of failing.
     */
    public static Opening command() {
        return new Opening(
                Clock.systemUTC(),
                newDeliveryThreads(),
                AppContext.DELIVERY_HAND_OFF,
                true,
                true,
                new PasswordHasher());
    }

    /**
     * A database other than the one this program works on (a backup restored to check it, the copy made by migrate):
     * it writes no audit checkpoints, which belong to the database the data folder's programs use.
     */
    static Opening toCheck() {
        return new Opening(
                Clock.systemUTC(),
                newDeliveryThreads(),
                AppContext.DELIVERY_HAND_OFF,
                true,
                false,
                new PasswordHasher());
    }

    public Opening at(Clock another) {
        return new Opening(another, deliveryThreads, handOffDelay, shortRun, keepsCheckpoints, passwords);
    }

    /** Codes handed over on these threads; tests pass one that runs each delivery at once, with no delay. */
    public Opening deliveringOn(ExecutorService threads, Duration handOff) {
        return new Opening(clock, threads, handOff, shortRun, keepsCheckpoints, passwords);
    }

    /**
     * Staff passwords hashed at another cost: tests of everything but the hashing pass a cheap one (Argon2 at the
     * program's cost was 40% of the kiosk screen tests' sampled Java work). The program never does.
     */
    public Opening passwordsAt(PasswordHasher.Cost cost) {
        return new Opening(clock, deliveryThreads, handOffDelay, shortRun, keepsCheckpoints, new PasswordHasher(cost));
    }

    private static ExecutorService newDeliveryThreads() {
        return Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "portaldesk-delivery-" + DELIVERY_THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
