package com.portaldesk.app.desks;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import com.portaldesk.ui.kiosk.ClientCodes;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.CodeCheck;
import com.portaldesk.verify.DeliveryState;
import com.portaldesk.verify.StartResult;
import com.portaldesk.verify.VerificationEngine;
import java.util.UUID;

/** ClientCodes on the application's services (the screens see only the interface). */
public final class ClientCodesAdapter {
    private ClientCodesAdapter() {}

    public static ClientCodes of(VerificationEngine engine, CodeCheck codes, String terminalId) {
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
