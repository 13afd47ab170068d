package com.portaldesk.app;

import com.portaldesk.store.OwnerOnlyFile;
import com.portaldesk.ui.common.TextSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the text size chosen at this workstation in the data folder ({@code text-size}, one number), so the app opens
 * at it next time. A file that cannot be read or written costs only the choice: the app opens at 100% and says so in
 * the log, never refuses to start.
 */
final class TextSizeFile {
    private static final Logger LOG = LoggerFactory.getLogger(TextSizeFile.class);
    static final String NAME = "text-size";
    /**
     * Writes in the order chosen, off the FX thread (a write syncs to disk, which on a busy or network drive can
     * take long enough to stall the window); the last choice is the one kept.
     */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(task -> {
        Thread writer = new Thread(task, "text-size-file");
        writer.setDaemon(true);
        return writer;
    });

    private TextSizeFile() {}

    static TextSize open(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        return new TextSize(read(file), percent -> WRITER.execute(() -> write(file, percent)));
    }

    /** Waits until every size chosen so far is written (or its failure logged). */
    static void awaitWrites() throws InterruptedException, ExecutionException {
        WRITER.submit(() -> {}).get();
    }

    private static int read(Path file) {
        try {
            return Integer.parseInt(
                    Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (NoSuchFileException e) {
            return 100;
        } catch (IOException | NumberFormatException e) {
            LOG.warn("The chosen text size could not be read from {}; the app opens at 100%.", file, e);
            return 100;
        }
    }

    private static void write(Path file, int percent) {
        try {
            OwnerOnlyFile.write(file, out -> out.write((percent + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The text size {}% applies now but could not be kept in {} for the next start.", percent, file, e);
        }
    }
}
