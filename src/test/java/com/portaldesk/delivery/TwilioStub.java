package com.portaldesk.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.config.TwilioSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Twilio's Messages API played by WireMock on loopback. Every request it receives can be checked against
 * Twilio's official OpenAPI contract for these two operations (test resources, contracts/).
 */
final class TwilioStub implements AutoCloseable {
    static final String ACCOUNT = "AC" + "0123456789abcdef0123456789abcdef";
    static final String TOKEN = "test-auth-token-not-real";
    static final String FROM = "+14155550100";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    static final String MESSAGE_SID = "SM" + "fedcba9876543210fedcba9876543210";

    /** Read once per test JVM: building the validator from the contract takes about a second. */
    private static OpenApiInteractionValidator contract;

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    TwilioStub() {
        server.start();
    }

    private static synchronized OpenApiInteractionValidator contract() {
        if (contract != null) {
            return contract;
        }
        try (var spec = TwilioStub.class.getResourceAsStream("/contracts/twilio-messages-v2010.openapi.json")) {
            // The validator reads form values by guessing their JSON types, so "+14155550123" would be judged an
            // integer. The requests are therefore checked as JSON with every value a string, against the same
            // schemas (only the media type name is changed in memory; the contract file stays as published).
            String text = new String(spec.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("application/x-www-form-urlencoded", "application/json");
            contract = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                    .build();
            return contract;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    TwilioSettings settings(int pollSeconds) {
        return config(pollSeconds).twilio().orElseThrow();
    }

    AppConfig config(int pollSeconds) {
        return config(pollSeconds, Map.of());
    }

    AppConfig config(int pollSeconds, Map<ConfigKey, String> changes) {
        Map<ConfigKey, String> values = new EnumMap<>(Map.of(
                ConfigKey.DATA_DIR,
                Path.of("target").toString(),
                ConfigKey.SMS_PROVIDER,
                "twilio",
                ConfigKey.TWILIO_ACCOUNT_SID,
                ACCOUNT,
                ConfigKey.TWILIO_AUTH_TOKEN,
                "${env:PD_TWILIO_TOKEN}",
                ConfigKey.TWILIO_FROM_NUMBER,
                FROM,
                ConfigKey.TWILIO_API_BASE_URL,
                baseUrl(),
                ConfigKey.TWILIO_READ_TIMEOUT_MS,
                "1500",
                ConfigKey.TWILIO_STATUS_POLL_SECONDS,
                Integer.toString(pollSeconds)));
        values.putAll(changes);
        return AppConfig.load(null, Map.of("PD_TWILIO_TOKEN", TOKEN), values);
    }

    static String message(String status, Integer errorCode) {
        return "{\"sid\":\"" + MESSAGE_SID + "\",\"account_sid\":\"" + ACCOUNT + "\",\"to\":\"+14155550123\","
                + "\"from\":\"" + FROM + "\",\"body\":\"(text)\",\"status\":\"" + status + "\",\"num_segments\":\"1\","
                + "\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\",\"error_code\":"
                + (errorCode == null ? "null" : errorCode) + ",\"error_message\":null,"
                + "\"date_created\":\"Thu, 27 Nov 2026 20:00:00 +0000\",\"uri\":\"/2010-04-01/Accounts/" + ACCOUNT
                + "/Messages/" + MESSAGE_SID + ".json\"}";
    }

    void acceptsThenReports(String finalStatus, Integer errorCode) {
        server.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(message("queued", null))));
        server.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages/" + MESSAGE_SID + ".json"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(message(finalStatus, errorCode))));
    }

    void refuses(int httpStatus, int twilioCode) {
        server.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(httpStatus)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":" + twilioCode + ",\"message\":\"refused\",\"more_info\":"
                                + "\"https://www.twilio.com/docs/errors/" + twilioCode + "\",\"status\":" + httpStatus
                                + "}")));
    }

    /** A proxy or load balancer answering for Twilio with an HTML error page. */
    void answersHtml(int httpStatus) {
        server.stubFor(
                post(urlPathEqualTo(MESSAGES))
                        .willReturn(
                                aResponse()
                                        .withStatus(httpStatus)
                                        .withHeader("Content-Type", "text/html")
                                        .withBody(
                                                "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>")));
    }

    /** A success status with a body cut short. */
    void answersGarbage() {
        server.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\": \"SM12")));
    }

    void fails(int httpStatus) {
        refuses(httpStatus, 20500);
    }

    void hangs(int millis) {
        server.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(aResponse().withStatus(201).withFixedDelay(millis).withBody(message("queued", null))));
    }

    List<LoggedRequest> requests() {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest).toList();
    }

    /** Every problem Twilio's contract finds with the requests received; empty when all would be accepted. */
    List<String> contractViolations() {
        List<String> problems = new ArrayList<>();
        for (LoggedRequest request : requests()) {
            SimpleRequest.Builder checked = new SimpleRequest.Builder(
                    request.getMethod().getName(), request.getUrl().replaceFirst("\\?.*$", ""));
            request.getHeaders().all().stream()
                    .filter(h -> !h.key().equalsIgnoreCase("Content-Type"))
                    .forEach(h -> checked.withHeader(h.key(), h.values()));
            String body = request.getBodyAsString();
            if (body != null && !body.isEmpty()) {
                assertFormEncoded(request);
                checked.withContentType("application/json").withBody(formAsJson(body));
            }
            request.getQueryParams().forEach((name, values) -> checked.withQueryParam(name, values.values()));
            ValidationReport report = contract().validateRequest(checked.build());
            report.getMessages()
                    .forEach(m -> problems.add(request.getMethod() + " " + request.getUrl() + ": " + m.getMessage()));
        }
        return problems;
    }

    private static void assertFormEncoded(LoggedRequest request) {
        String type = request.getHeader("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            throw new AssertionError("Twilio takes form-encoded bodies, but the request was " + type);
        }
    }

    /** name=value&... into {"name": "value", ...}; repeated names become arrays, as the schema expects. */
    static String formAsJson(String form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        var json = new ObjectMapper().createObjectNode();
        fields.forEach((name, values) -> {
            if (values.size() == 1) {
                json.put(name, values.get(0));
            } else {
                values.forEach(json.putArray(name)::add);
            }
        });
        return json.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
