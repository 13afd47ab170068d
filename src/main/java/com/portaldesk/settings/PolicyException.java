package com.portaldesk.settings;

import java.util.Map;

/** A policy value outside its bounds; one message per field. */
public class PolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> problems;

    public PolicyException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
