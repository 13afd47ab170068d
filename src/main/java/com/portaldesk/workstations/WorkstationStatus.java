package com.portaldesk.workstations;

/** What the Workstations screen can honestly say about a program from its last report. */
public enum WorkstationStatus {
    /** Reported within the last few heartbeats. */
    RUNNING("Running"),
    /** Never said it closed, and has not reported since: it crashed, was killed or lost the network. */
    NOT_RESPONDING("Not responding"),
    /** Closed normally. */
    CLOSED("Closed");

    private final String label;

    WorkstationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
