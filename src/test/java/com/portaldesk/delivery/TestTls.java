package com.portaldesk.delivery;

import com.portaldesk.testutil.CliProcess;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** The test certificate (test resources, tls/): served by the test mail servers, trusted by the test client. */
final class TestTls {
    static final String PASSWORD = "changeit";
    static final String RESOURCE = "/tls/test-server.p12";
    /** A certificate for mail.other.example only: trusted, but for another name than the one connected to. */
    static final String OTHER_NAME = "/tls/other-name.p12";

    private TestTls() {}

    /**
     * A PortalDesk process that trusts the test certificate through the JVM's own trust store setting, as a firm's
     * machine trusts a real provider: nothing in the program is told it is under test.
     */
    static CliProcess trusting(CliProcess process) throws Exception {
        String store = Path.of(TestTls.class.getResource(RESOURCE).toURI()).toString();
        return process.property("javax.net.ssl.trustStore", store)
                .property("javax.net.ssl.trustStoreType", "PKCS12")
                .property("javax.net.ssl.trustStorePassword", PASSWORD);
    }

    static KeyStore keyStore() throws Exception {
        return keyStore(RESOURCE);
    }

    static KeyStore keyStore(String resource) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestTls.class.getResourceAsStream(resource)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    static SSLContext server() throws Exception {
        return server(RESOURCE);
    }

    static SSLContext server(String resource) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(resource), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A client that trusts only the test certificate; host-name checks still apply. */
    static SSLSocketFactory trustingClient() throws Exception {
        return trustingClient(RESOURCE);
    }

    static SSLSocketFactory trustingClient(String resource) throws Exception {
        return trustingContext(resource).getSocketFactory();
    }

    static SSLContext trustingContext(String resource) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore(resource));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
