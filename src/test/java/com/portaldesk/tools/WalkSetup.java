package com.portaldesk.tools;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.config.AppConfig;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.staff.TestAuthenticator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * For walking the real windows by hand or by script (README screenshots): sets up a firm and an enrolled admin in a
 * fresh data folder, as the first-run screens would, and writes the authenticator's secret beside it so that a
 * one-time code can be made with any TOTP tool ({@code oathtool --totp -b SECRET}).
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:DEPENDENCIES com.portaldesk.tools.WalkSetup DATA_DIR
 * [--staff-idle-minutes N]} (user ann.lee, password "lantern orchard river"); on a folder already set up it only
 * changes the staff idle time.
 */
public final class WalkSetup {
    private WalkSetup() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        try (AppContext context = AppContext.open(AppConfig.forDataDir(dataDir))) {
            if (context.staffAuth().setupNeeded()) {
                setUp(context, dataDir);
            }
            if (args.length > 2 && args[1].equals("--staff-idle-minutes")) {
                context.policies()
                        .save(
                                new PolicyBuilder(context.policies().current())
                                        .staffIdleLock(Duration.ofMinutes(Long.parseLong(args[2])))
                                        .build(),
                                Actor.staff("ann.lee", "walk"));
                System.out.println("The staff app now locks after " + args[2] + " idle minutes.");
            }
        }
    }

    private static void setUp(AppContext context, Path dataDir) throws Exception {
        StaffAuth auth = context.staffAuth();
        SignInResult setUp = auth.setUp(
                new FirmDetails("Lee & Partners CPA", "(415) 555-0100"),
                "ann.lee",
                "Ann Lee",
                "lantern orchard river".toCharArray(),
                "walk");
        String token = setUp.pending().orElseThrow(() -> new IllegalStateException(setUp.message()));
        StaffAuth.Enrolment enrolment = auth.beginEnrolment(token, "ann.lee");
        String code = new TestAuthenticator(enrolment.otpauthUri()).codeAt(Instant.now());
        if (auth.confirmEnrolment(token, code, "walk").isEmpty()) {
            throw new IllegalStateException("The authenticator code was refused at enrolment");
        }
        Files.writeString(
                dataDir.resolve("walk-secret.txt"), enrolment.secretText().replace(" ", "") + "\n");
        System.out.println("Set up " + dataDir + ": ann.lee / lantern orchard river");
    }
}
