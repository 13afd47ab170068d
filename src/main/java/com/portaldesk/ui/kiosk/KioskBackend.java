package com.portaldesk.ui.kiosk;

/**
 * What the kiosk needs from the application, as four narrow interfaces handed over by the app package; each part
 * of the kiosk receives only the one it uses.
 */
public record KioskBackend(ClientCodes codes, ClientDesk desk, KioskSetup setup, StaffGate staff) {}
