package com.portaldesk.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Microsoft identity platform's v2.0 token endpoint on loopback, over https with the test certificate: it
 * answers the client-credentials grant the way the documentation shows
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow), with a token for the
 * registered app and secret, and with Microsoft's error bodies (AADSTS codes) for everything else.
 */
final class EntraStandIn implements AutoCloseable {
    static final String TENANT = "3f2a8c1e-5b7d-4e9a-9c61-0d2f4a6b8e10";
    static final String CLIENT = "8d1c7e42-9a3b-4f6e-b5d0-71c2e9a4f3b8";
    static final String SECRET = "Qx8~stand-in-secret-value.not~real";
    static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.stand-in-exchange-token.c2lnbmF0dXJl";
    static final String SCOPE = "https://outlook.office365.com/.default";

    final WireMockServer server;

    EntraStandIn() throws Exception {
        server = new WireMockServer(WireMockConfiguration.wireMockConfig()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .keystorePath(
                        Path.of(EntraStandIn.class.getResource(TestTls.RESOURCE).toURI())
                                .toString())
                .keystoreType("PKCS12")
                .keystorePassword(TestTls.PASSWORD)
                .keyManagerPassword(TestTls.PASSWORD));
        server.start();
        issuesTokens();
    }

    /**
     * MSAL's HTTPS client for tests: each request MSAL makes to login.microsoftonline.com goes, as it is, to this
     * stand-in on loopback (trusting only the test certificate). MSAL is configured exactly as in production.
     */
    IHttpClient transport() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(TestTls.trustingContext(TestTls.RESOURCE))
                .build();
        return request -> {
            URL asked = request.url();
            URI here = new URI("https", null, "127.0.0.1", server.httpsPort(), asked.getPath(), asked.getQuery(), null);
            HttpRequest.Builder forward = HttpRequest.newBuilder(here)
                    .method(
                            request.httpMethod().name(),
                            request.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(request.body()));
            request.headers().forEach((name, value) -> {
                if (!Set.of("host", "connection", "content-length").contains(name.toLowerCase(Locale.ROOT))) {
                    forward.header(name, value);
                }
            });
            HttpResponse<String> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofString());
            com.microsoft.aad.msal4j.HttpResponse response = new com.microsoft.aad.msal4j.HttpResponse();
            response.statusCode(answer.statusCode());
            response.body(answer.body());
            response.addHeaders(answer.headers().map());
            return response;
        };
    }

    /** A token for the registered app proving itself with its secret, for Exchange Online's scope. */
    void issuesTokens() {
        issuesTokensLasting(3599);
    }

    /** As {@link #issuesTokens()}, with tokens that last this many seconds (Microsoft's and Google's own: 3599). */
    void issuesTokensLasting(int seconds) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("client_id", equalTo(CLIENT))
                .withFormParam("client_secret", equalTo(SECRET))
                .withFormParam("scope", containing(SCOPE))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"token_type\":\"Bearer\",\"expires_in\":" + seconds + ",\"ext_expires_in\":"
                                + seconds + ",\"access_token\":\"" + TOKEN + "\"}")));
    }

    /** Token requests are taken and not answered for this long: a process can be killed while it waits. */
    void hangs(int millis) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .willReturn(aResponse().withStatus(503).withFixedDelay(millis)));
    }

    /** A token for the registered app proving itself with a certificate: a signed client assertion, no secret. */
    void issuesTokensForAnAssertion() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("client_id", equalTo(CLIENT))
                .withFormParam(
                        "client_assertion_type", equalTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
                .withFormParam(
                        "client_assertion", WireMock.matching("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                                + "\"access_token\":\"" + TOKEN + "\"}")));
    }

    /** Every token request answered with Microsoft's error body for this AADSTS code. */
    void refuses(int status, String error, int aadsts, String description) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"error\":\"" + error + "\",\"error_description\":\"AADSTS" + aadsts + ": "
                                + description
                                + "\\r\\nTrace ID: 0b9a3c1d-6e2f-4a7b-8c5d-9e0f1a2b3c4d\\r\\nCorrelation ID: "
                                + "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9\\r\\nTimestamp: 2026-12-07 12:00:00Z\","
                                + "\"error_codes\":[" + aadsts + "],\"timestamp\":\"2026-12-07 12:00:00Z\","
                                + "\"trace_id\":\"0b9a3c1d-6e2f-4a7b-8c5d-9e0f1a2b3c4d\","
                                + "\"correlation_id\":\"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9\","
                                + "\"error_uri\":\"https://login.microsoftonline.com/error?code=" + aadsts + "\"}")));
    }

    List<LoggedRequest> tokenRequests() {
        return server.findAll(WireMock.postRequestedFor(WireMock.urlPathMatching("/.*/oauth2/v2.0/token")));
    }

    @Override
    public void close() {
        server.stop();
    }
}
