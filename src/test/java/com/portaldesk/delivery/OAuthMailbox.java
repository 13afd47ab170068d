package com.portaldesk.delivery;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * One mailbox on a real SMTP server on loopback (GreenMail behind STARTTLS, as Exchange Online and Gmail take
 * submissions) that accepts an XOAUTH2 sign-in only with the one access token its identity platform issued.
 */
final class OAuthMailbox implements AutoCloseable {
    private final GreenMail mail;
    private final StartTlsFront front;

    OAuthMailbox(String address, String token) throws Exception {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(address, address, token));
        mail.start();
        front = new StartTlsFront(TestTls.server(), mail.getSmtp().getPort());
    }

    /** The STARTTLS port to submit to. */
    int port() {
        return front.port();
    }

    /** How each client signed in: XOAUTH2 with a token, or a mechanism that carries a password. */
    List<String> authMechanisms() {
        return front.authMechanisms();
    }

    MimeMessage[] received() {
        return mail.getReceivedMessages();
    }

    @Override
    public void close() throws Exception {
        front.close();
        mail.stop();
    }
}
