package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.DeliveryState;
import com.portaldesk.verify.StartResult;
import java.util.UUID;

/** What the identify and code steps ask of the verification engine, from this kiosk's terminal. */
public interface ClientCodes {
    StartResult start(String email, String lastFour, Channel channel, Language language);

    StartResult resend(UUID challenge, Channel channel);

    /** Whether a text went out, or a code by email instead, or neither (so the client is told what to do). */
    DeliveryState deliveryState(UUID challenge);

    CheckResult check(UUID challenge, String code);
}
