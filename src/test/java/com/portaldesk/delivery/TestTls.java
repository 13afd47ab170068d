package com.portaldesk.delivery;

import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** The test certificate (test resources, tls/): served by the test mail servers, trusted by the test client. */
final class TestTls {
    static final String PASSWORD = "changeit";
    static final String RESOURCE = "/tls/test-server.p12";

    private TestTls() {
    }

    static KeyStore keyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestTls.class.getResourceAsStream(RESOURCE)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    static SSLContext server() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A client that trusts only the test certificate; host-name checks still apply. */
    static SSLSocketFactory trustingClient() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}
