package com.portaldesk.contacts;

import java.util.List;

/** What an import did: how many contacts it created and which rows it refused, with reasons. */
public record ImportResult(int imported, List<ImportRow> rejected) {
    public ImportResult {
        rejected = List.copyOf(rejected);
    }
}
