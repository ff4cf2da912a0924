package io.veille.summary.client.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import io.veille.contracts.net.AddressGuard;
import io.veille.contracts.net.AddressRefusedException;
import io.veille.contracts.net.UnresolvedHostException;
import io.veille.summary.config.DeliveryConfig;

/**
 * POSTs a webhook body. Every call asks the SSRF guard again (DNS may have changed since the
 * subscription was stored) and connects only to the addresses it judged, through OkHttp's DNS plug-in,
 * so a rebinding between the check and the connection reaches nothing new. No redirects (a 3xx is a
 * failed attempt), no proxy, no retries inside a call; the call timeout bounds connection, request and
 * answer together; at most a few KB of the answer are read, for the attempt's log.
 */
@ApplicationScoped
public class WebhookClient {

    /** What the target said: an HTTP status, or why there was none (status 0). */
    public record Answer(int status, String error) {

        public boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_ANSWER_BYTES = 4096;
    private static final int MAX_ERROR_CHARS = 300;

    private final AddressGuard guard;
    private final OkHttpClient client;

    public WebhookClient(AddressGuard guard, DeliveryConfig config) {
        this.guard = guard;
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .proxy(Proxy.NO_PROXY)
                // not pooled: a connection made for one call's judged addresses is not reused by another's
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.timeout())
                .writeTimeout(config.timeout())
                .callTimeout(config.timeout())
                .build();
    }

    public Answer post(URI url, Map<String, String> headers, String body) {
        List<InetAddress> addresses;
        try {
            addresses = guard.check(url, null);
        } catch (AddressRefusedException | UnresolvedHostException e) {
            return new Answer(0, e.getMessage());
        }
        Request.Builder request = new Request.Builder().url(url.toString())
                .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON));
        headers.forEach(request::header);
        OkHttpClient pinned = client.newBuilder().dns(hostname -> addresses).build();
        try (Response response = pinned.newCall(request.build()).execute()) {
            int status = response.code();
            return status >= 200 && status < 300 ? new Answer(status, null)
                    : new Answer(status, "HTTP " + status + answerSnippet(response.body()));
        } catch (InterruptedIOException e) {
            return new Answer(0, "no answer from " + url.getHost() + " within " + 
                    (client.callTimeoutMillis() / 1000.0) + " s");
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return new Answer(0, "not a URL that can be called: " + e.getMessage());
        }
    }

    private static String answerSnippet(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (InputStream in = body.byteStream()) {
            String text = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                return "";
            }
            return ": " + (text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS) + "…" : text);
        } catch (IOException e) {
            return "";
        }
    }

    @PreDestroy
    void close() {
        client.dispatcher().executorService().shutdown();
    }
}
