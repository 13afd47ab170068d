package com.portaldesk.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what a backup's archive expands to and refuses more than a limit: a crafted file of a few kilobytes must not
 * unpack into gigabytes (filling the disk or the memory) before its checks can refuse it.
 */
final class ExpansionLimit extends FilterInputStream {
    private final long limit;
    private long total;

    ExpansionLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /** Entries end, the stream does not: closing a table's reader must not close the archive. */
    @Override
    public void close() {
        // the archive is closed by BackupReader
    }

    private void count(int n) {
        total += n;
        if (total > limit) {
            throw new BackupDamagedException("This backup unpacks to more than " + (limit >> 20) + " MB, far "
                    + "more than PortalDesk's backups of that size do: it is not a PortalDesk backup. Nothing was "
                    + "restored.");
        }
    }
}
