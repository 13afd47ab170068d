package com.portaldesk.workstations;

/** Which PortalDesk program a workstation runs. */
public enum WorkstationKind {
    STAFF_APP("Staff app"),
    KIOSK("Kiosk");

    private final String label;

    WorkstationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
