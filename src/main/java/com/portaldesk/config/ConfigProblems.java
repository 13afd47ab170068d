package com.portaldesk.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Several configuration problems found in one check, so that a settings screen can mark every wrong field at once
 * instead of one per press. Its own key and message are the first problem's.
 */
public final class ConfigProblems extends ConfigException {
    private static final long serialVersionUID = 1L;
    private final transient List<ConfigException> all;

    public ConfigProblems(List<ConfigException> all) {
        super(
                all.stream().map(Throwable::getMessage).collect(Collectors.joining(" ")),
                all.get(0).key().orElse(null));
        this.all = List.copyOf(all);
    }

    /** Every problem, in the order the check met them. */
    public List<ConfigException> all() {
        return all;
    }
}
