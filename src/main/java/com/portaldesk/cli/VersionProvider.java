package com.portaldesk.cli;

import com.portaldesk.config.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"PortalDesk " + AppVersion.current()};
    }
}
