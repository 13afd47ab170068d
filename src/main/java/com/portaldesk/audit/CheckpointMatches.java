package com.portaldesk.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The checkpoints one verification holds the log against, and what the walk found for each: matched, or contradicted
 * (the event at its number has another hash, or the log no longer reaches it). Two authentic checkpoints that name
 * different hashes for one event number prove on their own that the log was rewritten.
 */
final class CheckpointMatches {
    private final TreeMap<Long, List<Checkpoint>> bySeq = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Checkpoint> matched = new ArrayList<>();
    private final Map<Checkpoint, String> contradicted = new LinkedHashMap<>();
    private final boolean noneAuthentic;

    CheckpointMatches(Collection<Checkpoint> given, Predicate<Checkpoint> authentic) {
        int foreign = 0;
        for (Checkpoint checkpoint : new LinkedHashSet<>(given)) {
            if (authentic.test(checkpoint)) {
                bySeq.computeIfAbsent(checkpoint.seq(), seq -> new ArrayList<>())
                        .add(checkpoint);
            } else {
                foreign++;
            }
        }
        if (foreign > 0) {
            notes.add(foreign + " checkpoint code(s) were not made with this firm's key file (or were copied wrong) "
                    + "and were left out.");
        }
        noneAuthentic = !given.isEmpty() && bySeq.isEmpty();
    }

    boolean noneAuthentic() {
        return noneAuthentic;
    }

    /** The event numbers the authentic checkpoints name, lowest first. */
    List<Long> seqs() {
        return List.copyOf(bySeq.keySet());
    }

    /** Checkpoints naming events up to {@code lastSeq} that were not reached: those events are gone. */
    void missingUpTo(long lastSeq) {
        if (lastSeq < 1) {
            return;
        }
        bySeq.subMap(1L, true, lastSeq, true)
                .values()
                .forEach(named -> named.stream()
                        .filter(checkpoint -> !matched.contains(checkpoint) && !contradicted.containsKey(checkpoint))
                        .forEach(checkpoint -> contradicted.put(
                                checkpoint,
                                "Event " + checkpoint.seq() + ", which the "
                                        + "checkpoint of " + checkpoint.time() + " (" + checkpoint.code()
                                        + ") recorded, is missing: "
                                        + "it was removed.")));
    }

    /** The walk reached event {@code seq}, whose hash begins with {@code hashPrefix}. */
    void reached(long seq, String hashPrefix) {
        for (Checkpoint checkpoint : bySeq.getOrDefault(seq, List.of())) {
            if (checkpoint.hashPrefix().equals(hashPrefix)) {
                matched.add(checkpoint);
            } else {
                contradicted.put(
                        checkpoint,
                        "Event " + seq + " is not the event the checkpoint of "
                                + checkpoint.time() + " recorded (" + checkpoint.code()
                                + "): the log was rewritten at or "
                                + "before it.");
            }
        }
    }

    /** The checkpoint of the furthest event the log was found to reach; empty when none. */
    String newestMatched() {
        return matched.stream()
                .max(Comparator.comparingLong(Checkpoint::seq).thenComparing(Checkpoint::time))
                .map(Checkpoint::code)
                .orElse("");
    }

    /** The distinct checkpoints the log agreed with. */
    List<Checkpoint> matched() {
        return List.copyOf(matched);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * After the walk reached {@code lastSeq}: checkpoints beyond it prove removed events. A contradicted checkpoint
     * is superseded by a declared break that happened at or after its time (checkpoint times are whole minutes), and
     * otherwise breaks the log at the lowest event any of them names.
     */
    ChainVerification judge(long checked, long lastSeq, List<DeclaredBreak> breaks) {
        bySeq.tailMap(lastSeq, false)
                .values()
                .forEach(beyond -> beyond.forEach(checkpoint -> contradicted.put(
                        checkpoint,
                        "The log ends at event " + lastSeq + ", but the checkpoint of "
                                + checkpoint.time() + " (" + checkpoint.code() + ") proves it had reached event "
                                + checkpoint.seq() + ": events " + (lastSeq + 1) + " to " + checkpoint.seq()
                                + " (at least) "
                                + "were removed, and the head was put back to an older state.")));
        List<Checkpoint> unexplained = new ArrayList<>();
        contradicted.forEach((checkpoint, why) -> {
            Optional<DeclaredBreak> after = breaks.stream()
                    .filter(declared -> declared.explains(checkpoint))
                    .findFirst();
            if (after.isPresent()) {
                notes.add("Checkpoint " + checkpoint.code() + " no longer matches the log; it was superseded by "
                        + after.get().words() + ".");
            } else {
                unexplained.add(checkpoint);
            }
        });
        if (unexplained.isEmpty()) {
            return ChainVerification.ok(checked, newestMatched(), matched(), notes);
        }
        unexplained.sort(Comparator.comparingLong(Checkpoint::seq));
        Checkpoint first = unexplained.get(0);
        StringBuilder problem = new StringBuilder(contradicted.get(first));
        if (bySeq.get(first.seq()).stream()
                        .map(Checkpoint::hashPrefix)
                        .distinct()
                        .count()
                > 1) {
            problem.append(" Two checkpoints kept for event ")
                    .append(first.seq())
                    .append(" name different events: proof that the log was rewritten.");
        }
        if (unexplained.size() > 1) {
            problem.append(' ')
                    .append(unexplained.size() - 1)
                    .append(" other checkpoint(s) disagree with the log too.");
        }
        return ChainVerification.broken(
                ChainVerification.Breakage.AT_END,
                checked,
                Math.min(first.seq(), lastSeq + 1),
                problem.toString(),
                newestMatched(),
                matched(),
                unexplained,
                notes);
    }
}
