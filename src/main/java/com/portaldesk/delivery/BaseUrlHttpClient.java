package com.portaldesk.delivery;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's own HTTP client, with timeouts, and with https://api.twilio.com replaced by a configured
 * base URL: the SDK has no such setting, and firms behind a proxy (and our tests) need one.
 */
final class BaseUrlHttpClient extends NetworkHttpClient {
    static final String TWILIO_API = "https://api.twilio.com";

    private final String baseUrl;

    BaseUrlHttpClient(URI baseUrl, Duration connectTimeout, Duration readTimeout) {
        super(
                RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .build(),
                SocketConfig.custom().setSoTimeout(Timeout.of(readTimeout)).build());
        String text = baseUrl.toString();
        this.baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public Response makeRequest(Request request) {
        boolean direct = baseUrl.equals(TWILIO_API) || !request.getUrl().startsWith(TWILIO_API);
        return notTwilioChecked(super.makeRequest(direct ? request : rewrite(request)));
    }

    /**
     * Twilio always answers in JSON. Anything else (an HTML page from a proxy or load balancer) is reported as a
     * bad response with its HTTP status, which the SDK itself would lose while failing to read it as JSON.
     */
    private static Response notTwilioChecked(Response response) {
        if (response == null || response.getHeaders() == null) {
            return response;
        }
        for (Header header : response.getHeaders()) {
            if (header.getName().equalsIgnoreCase("Content-Type")
                    && header.getValue() != null
                    && !header.getValue().toLowerCase(Locale.ROOT).contains("json")) {
                throw new BadTwilioResponse(response.getStatusCode(), header.getValue());
            }
        }
        return response;
    }

    private Request rewrite(Request original) {
        Request copy =
                new Request(original.getMethod(), baseUrl + original.getUrl().substring(TWILIO_API.length()));
        copyParams(original.getQueryParams(), copy::addQueryParam);
        copyParams(original.getPostParams(), copy::addPostParam);
        copyParams(original.getHeaderParams(), copy::addHeaderParam);
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        if (original.getContentType() != null) {
            copy.setContentType(original.getContentType());
        }
        if (original.getBody() != null) {
            copy.setBody(original.getBody());
        }
        return copy;
    }

    private static void copyParams(Map<String, List<String>> params, BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }
}
