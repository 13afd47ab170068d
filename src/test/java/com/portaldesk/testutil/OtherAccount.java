package com.portaldesk.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another account on the same computer ("nobody", uid 65534), as a separate process: what it can read of PortalDesk's
 * files is what a colleague's or a stranger's account on a shared office PC could read. Running as root (as CI
 * does), {@code setpriv} drops to that account; otherwise only the permission bits can be checked.
 */
public final class OtherAccount {
    private static final int NOBODY = 65534;

    private OtherAccount() {}

    /** Whether this machine lets a test act as another account (root, with setpriv). */
    public static boolean available() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv"));
    }

    /** What {@code cat FILE} did when run as the other account. */
    public record Read(int exitCode, String output, String error) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    public static Read read(Path file) {
        try {
            Process process = new ProcessBuilder(List.of(
                            "/usr/bin/setpriv",
                            "--reuid=" + NOBODY,
                            "--regid=" + NOBODY,
                            "--clear-groups",
                            "--",
                            "cat",
                            file.toAbsolutePath().toString()))
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("cat as another account did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Read(process.exitValue(), output, error);
        } catch (IOException e) {
            throw new AssertionError("Cannot run cat as another account: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** Opens a folder (and those above it, up to {@code top}) for others to pass through, as a share is. */
    public static void openToOthers(Path folder, Path top) throws IOException {
        for (Path at = folder.toAbsolutePath(); at != null; at = at.getParent()) {
            Files.setPosixFilePermissions(at, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (at.equals(top.toAbsolutePath())) {
                break;
            }
        }
    }

    /** Gives a file to the other account, as a file another account left in a shared folder would be. */
    public static void giveAway(Path file) throws IOException {
        Files.setOwner(
                file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
    }
}
