package com.portaldesk.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.http.HttpTransportFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;

/**
 * Google's OAuth 2.0 token endpoint on loopback, over https with the test certificate, answering a service
 * account's signed JWT the way Google documents it
 * (https://developers.google.com/identity/protocols/oauth2/service-account#httprest), and a service account key
 * made for it: a fresh RSA key pair whose JSON key file names this stand-in as its token_uri, as Google's own key
 * files name https://oauth2.googleapis.com/token.
 */
final class GoogleStandIn implements AutoCloseable {
    static final String ACCOUNT = "portaldesk@leecpa-portal.iam.gserviceaccount.com";
    static final String TOKEN = "ya29.c.stand-in-gmail-token";

    final WireMockServer server;
    private final KeyPair keys;

    GoogleStandIn() throws Exception {
        server = new WireMockServer(WireMockConfiguration.wireMockConfig()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .keystorePath(Path.of(GoogleStandIn.class
                                .getResource(TestTls.RESOURCE)
                                .toURI())
                        .toString())
                .keystoreType("PKCS12")
                .keystorePassword(TestTls.PASSWORD)
                .keyManagerPassword(TestTls.PASSWORD));
        server.start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        issuesTokens();
    }

    /** The service account's JSON key, as the Google Cloud console downloads it, written owner-only. */
    Path keyFile(Path folder) throws Exception {
        String pem = ("-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(keys.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n")
                .replace("\n", "\\n"); // as JSON writes a line break inside a string
        String json = "{\"type\":\"service_account\",\"project_id\":\"leecpa-portal\",\"private_key_id\":"
                + "\"5f1c0e2b9a7d\",\"private_key\":\"" + pem + "\",\"client_email\":\"" + ACCOUNT + "\","
                + "\"client_id\":\"104729384756102938475\",\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\","
                + "\"token_uri\":\"https://127.0.0.1:" + server.httpsPort() + "/token\"}";
        Path file = folder.resolve("service-account.json");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, json);
        return file;
    }

    HttpTransportFactory transport() throws Exception {
        SSLSocketFactory trusting = TestTls.trustingClient();
        return () ->
                new NetHttpTransport.Builder().setSslSocketFactory(trusting).build();
    }

    void issuesTokens() {
        issuesTokensLasting(3599);
    }

    /** As {@link #issuesTokens()}, with tokens that last this many seconds (Microsoft's and Google's own: 3599). */
    void issuesTokensLasting(int seconds) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/token"))
                .withFormParam("grant_type", equalTo("urn:ietf:params:oauth:grant-type:jwt-bearer"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":" + seconds
                                + ",\"token_type\":\"Bearer\"}")));
    }

    void refuses(int status, String error, String description) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/token"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}")));
    }

    List<LoggedRequest> tokenRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/token")));
    }

    /** The claims of a request's assertion, after checking it is signed with the service account's own key. */
    String verifiedClaims(LoggedRequest request) throws Exception {
        String body = URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
        String jwt = body.replaceAll(".*assertion=([^&]+).*", "$1");
        String[] parts = jwt.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.getPublic());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
            throw new AssertionError("the assertion is not signed with the service account's key");
        }
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }
}
