package com.portaldesk.app;

import com.portaldesk.config.AppConfig;

/** Placeholder replaced below. */
final class StaffApp {
    private StaffApp() {
    }

    static void run(AppConfig config) {
    }
}
