package com.portaldesk.contacts;

/** How a long import reports progress and learns that the user pressed Cancel. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean cancelled();
}
