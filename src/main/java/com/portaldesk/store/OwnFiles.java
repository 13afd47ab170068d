package com.portaldesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PortalDesk's own files in a data folder, which no output may replace: the key file (without it, or a recovery key,
 * every SSN is gone), the database password, the database, and anything in its logs folder (the checkpoints kept
 * outside the database, and the log that holds every alarm). A data folder is told
 * by what it holds, so this works for any data folder, not only the one this process uses. Names are compared the
 * way Windows and macOS compare them (case, trailing dots and spaces, a stream name after a colon), and an existing
 * target is compared by identity too, so another spelling of the same file is refused as well.
 */
final class OwnFiles {
    private static final List<String> NAMES =
            List.of(KeyFile.FILE_NAME, EmbeddedLogin.FILE_NAME, OpeningLock.FILE_NAME);
    private static final Pattern DATABASE =
            Pattern.compile(Pattern.quote(Database.EMBEDDED_NAME) + "\\.(mv|trace|lock|h2)\\.db.*");
    /** The data folder's logs: the checkpoints kept outside the database, and the log that holds every alarm. */
    private static final String LOGS_FOLDER = "logs";

    private OwnFiles() {}

    /** Refuses {@code target} (absolute) when it is, or names, one of PortalDesk's own files. */
    static void refuse(Path target) {
        Path folder = real(target.getParent());
        String name = folded(target.getFileName().toString());
        boolean own = isDataFolder(folder)
                        && (NAMES.contains(name) || DATABASE.matcher(name).matches())
                || folder.getFileName() != null
                        && folded(folder.getFileName().toString()).equals(LOGS_FOLDER)
                        && folder.getParent() != null
                        && isDataFolder(folder.getParent());
        if (own || sameAsAnOwnFile(target, folder)) {
            throw new ProtectedFileException(target + " is one of PortalDesk's own files (its key, database password, "
                    + "database or logs). Writing there would destroy it; choose another name or folder. "
                    + "Nothing was written.");
        }
    }

    private static boolean isDataFolder(Path folder) {
        return Files.exists(folder.resolve(KeyFile.FILE_NAME), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(folder.resolve(EmbeddedLogin.FILE_NAME), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(folder.resolve(Database.EMBEDDED_NAME + ".mv.db"), LinkOption.NOFOLLOW_LINKS);
    }

    /** An existing target that is the same file as an own file under another name (a short name, a hard link). */
    private static boolean sameAsAnOwnFile(Path target, Path folder) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || !isDataFolder(folder)) {
            return false;
        }
        for (String own : List.of(KeyFile.FILE_NAME, EmbeddedLogin.FILE_NAME, Database.EMBEDDED_NAME + ".mv.db")) {
            Path file = folder.resolve(own);
            try {
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(target, file)) {
                    return true;
                }
            } catch (IOException e) {
                return true; // cannot tell: refusing costs a second try under another name, the other way a key
            }
        }
        return false;
    }

    /** The folder as the file system resolves it (links followed), or as given when it cannot be resolved. */
    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /** A name as Windows and macOS match it: any case, no trailing dots or spaces, no stream after a colon. */
    static String folded(String name) {
        String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        return base.replaceAll("[. ]+$", "").toLowerCase(Locale.ROOT);
    }
}
