package com.portaldesk.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes this test JVM's own temporary folder (target/test-tmp/fork-N, set by the build) before any test asks for
 * one: the JVM does not create java.io.tmpdir, and JUnit's temporary folders are made inside it.
 */
public final class ForkTempFolder implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("The tests' temporary folder " + folder + " cannot be made", e);
        }
    }
}
