package com.portaldesk.app.desks;

import com.portaldesk.app.AppContext;
import com.portaldesk.ui.kiosk.KioskBackend;

/** What the kiosk's screens are given: its four desks on the application's services, for the kiosk's terminal. */
public final class KioskDesks {
    private KioskDesks() {}

    /** The kiosk's terminal id is {@code kiosk.terminal-id}. */
    public static KioskBackend of(AppContext app) {
        String terminal = app.config().kioskTerminalId();
        var verification = app.verification();
        return new KioskBackend(
                ClientCodesAdapter.of(verification.engine(), verification.codeCheck(), terminal),
                ClientDeskAdapter.of(
                        app.contacts(), app.checkIns(), app.changeRequests(), verification.sessions(), terminal),
                KioskSetupAdapter.of(app.policies(), app.audit(), terminal),
                StaffGateAdapter.of(app.staffAuth(), app.audit(), terminal));
    }
}
