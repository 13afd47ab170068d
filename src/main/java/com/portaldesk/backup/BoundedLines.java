package com.portaldesk.backup;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a table in a backup, each at most a given length: a line without an end must be refused, not read
 * into memory until the process runs out of it.
 */
final class BoundedLines {
    private final Reader in;
    private final int maxLine;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int filled;

    BoundedLines(Reader in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line without its end, or null at the end of the entry. */
    String next() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer, 0, buffer.length);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return line == null ? null : line.toString();
                }
            }
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if ((line == null ? 0 : line.length()) + length > maxLine) {
                throw new BackupDamagedException("A row in this backup is longer than any PortalDesk writes ("
                        + (maxLine >> 20) + " MB): it is not a PortalDesk backup. Nothing was restored.");
            }
            if (line == null) {
                line = new StringBuilder(Math.max(16, length));
            }
            line.append(buffer, start, length);
            if (position < filled) {
                position++; // past the '\n'
                return line.toString();
            }
        }
    }
}
