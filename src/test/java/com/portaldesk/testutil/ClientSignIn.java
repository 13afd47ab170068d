package com.portaldesk.testutil;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.Channel;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.ClientSession;
import com.portaldesk.verify.StartResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs a client in the way the kiosk does: start, read the code from the outbox, check it. */
public final class ClientSignIn {
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6,10})\\b");

    private ClientSignIn() {}

    public static ClientSession signIn(AppContext context, String email, String lastFour, String terminal) {
        StartResult started = context.verification().engine().start(email, lastFour, Channel.SMS, terminal);
        CheckResult checked =
                context.verification().codeCheck().check(started.challengeId(), newestCode(context), terminal);
        return checked.session().orElseThrow(() -> new AssertionError("Not approved: " + checked.status()));
    }

    /** The code in the newest outbox message. */
    public static String newestCode(AppContext context) {
        Matcher matcher = CODE.matcher(context.outbox().list(1).get(0).body());
        if (!matcher.find()) {
            throw new AssertionError("No code in the newest outbox message");
        }
        return matcher.group(1);
    }
}
