package com.portaldesk.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How many events of each type, reason, channel and actor a period holds, counted by the database in one grouped
 * query, so a report over a busy year reads a few hundred rows, not millions of events.
 */
public record AuditTally(List<Group> groups) {
    /** One combination and how many events had it; channel and actor are "" when the events had none. */
    public record Group(AuditEventType type, AuditReason reason, String channel, String actor, long count) {
        public Group {
            channel = channel == null ? "" : channel;
            actor = actor == null ? "" : actor;
        }
    }

    public AuditTally {
        groups = List.copyOf(groups);
    }

    public long count(AuditEventType type) {
        return sum(g -> g.type() == type);
    }

    public long count(AuditEventType type, AuditReason reason) {
        return sum(g -> g.type() == type && g.reason() == reason);
    }

    public long count(AuditEventType type, String channel) {
        return sum(g -> g.type() == type && g.channel().equals(channel));
    }

    public long total() {
        return sum(g -> true);
    }

    /** Counts of one type by reason, most frequent first. */
    public Map<String, Long> byReason(AuditEventType type) {
        return by(type, g -> AuditWords.of(g.reason()));
    }

    /** Counts of one type by who did it (a staff user name, "os:NAME", or "" for the program itself). */
    public Map<String, Long> byActor(AuditEventType type) {
        return by(type, Group::actor);
    }

    private Map<String, Long> by(AuditEventType type, Function<Group, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        groups.stream()
                .filter(g -> g.type() == type)
                .forEach(g -> counts.merge(Objects.requireNonNullElse(key.apply(g), ""), g.count(), Long::sum));
        return counts;
    }

    private long sum(Predicate<Group> which) {
        return groups.stream().filter(which).mapToLong(Group::count).sum();
    }
}
