package com.portaldesk.cli;

import com.portaldesk.contacts.ImportProgress;
import java.io.PrintWriter;

/** Prints a percentage to standard error for long runs, at most once per 10 %. */
final class ConsoleProgress implements ImportProgress {
    private final PrintWriter err;
    private long lastTenth = -1;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total) {
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.printf("%d%%%n", tenth * 10);
            err.flush();
        }
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
