package com.portaldesk.app;

import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.config.AppVersion;
import com.portaldesk.report.CheckpointMail;
import com.portaldesk.workstations.WorkstationIdentity;
import com.portaldesk.workstations.WorkstationKind;
import com.portaldesk.workstations.WorkstationPresence;
import com.portaldesk.workstations.Workstations;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What a staff app or kiosk does in the background while it runs, apart from the screens: its place on the
 * Workstations list, and (a staff app only) the daily backup and checkpoint email. A command-line run starts none.
 */
final class RunningJobs {
    private volatile DailyJobs dailyJobs;
    private volatile WorkstationPresence presence;

    /** Listed on the Workstations screen until {@link #stop()}, with a heartbeat. */
    void announce(Workstations workstations, WorkstationKind kind, String terminalId) {
        presence = WorkstationPresence.announce(
                workstations,
                new WorkstationIdentity(
                        kind, terminalId, hostName(), System.getProperty("user.name"), AppVersion.current()),
                Workstations.HEARTBEAT);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("COMPUTERNAME", System.getenv("HOSTNAME"));
        }
    }

    void startDaily(BackupSchedule backups, CheckpointMail checkpointMail, String terminalId) {
        dailyJobs = new DailyJobs(backups, checkpointMail, terminalId);
    }

    void stop() {
        if (dailyJobs != null) {
            dailyJobs.stop();
        }
        if (presence != null) {
            presence.close();
        }
    }
}
