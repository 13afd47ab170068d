package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.CodeCheck;
import com.portaldesk.verify.DeliveryState;
import com.portaldesk.verify.StartResult;
import com.portaldesk.verify.VerificationEngine;
import java.util.UUID;

/** What the identify and code steps ask of the verification engine, from this kiosk's terminal. */
public interface ClientCodes {
    StartResult start(String email, String lastFour, Channel channel, Language language);

    StartResult resend(UUID challenge, Channel channel);

    /** Whether a text went out, or a code by email instead, or neither (so the client is told what to do). */
    DeliveryState deliveryState(UUID challenge);

    CheckResult check(UUID challenge, String code);

    static ClientCodes of(VerificationEngine engine, CodeCheck codes, String terminalId) {
        return new ClientCodes() {
            @Override
            public StartResult start(String email, String lastFour, Channel channel, Language language) {
                return engine.start(email, lastFour, channel, terminalId, language);
            }

            @Override
            public StartResult resend(UUID challenge, Channel channel) {
                return engine.resend(challenge, channel, terminalId);
            }

            @Override
            public DeliveryState deliveryState(UUID challenge) {
                return engine.deliveryState(challenge);
            }

            @Override
            public CheckResult check(UUID challenge, String code) {
                return codes.check(challenge, code, terminalId);
            }
        };
    }
}
