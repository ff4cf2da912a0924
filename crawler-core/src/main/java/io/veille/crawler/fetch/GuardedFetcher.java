package io.veille.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;


/**
 * The only way the crawler talks to the web: every hop (the first request and each redirect) is
 * checked by the {@link AddressGuard}, waits its turn in the host's politeness queue, and is
 * bounded in time and size.
 */
public final class GuardedFetcher implements AutoCloseable {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    private final HttpClient client;
    private final AddressGuard guard;
    private final HostPoliteness politeness;
    private final FetchLimits limits;
    private final ScheduledExecutorService watchdog;

    public GuardedFetcher(AddressGuard guard, HostPoliteness politeness, FetchLimits limits) {
        this.guard = guard;
        this.politeness = politeness;
        this.limits = limits;
        // Redirects are followed by hand so that each target is checked before it is contacted.
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "veille-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @throws FetchRefusedException the URL or a redirect target may not be fetched
     * @throws FetchFailedException  the target did not answer usably (timeout, connection, bad encoding)
     */
    public FetchResult fetch(FetchRequest request) {
        URI current = request.url();
        for (int hop = 0; ; hop++) {
            guard.check(current, request.trusted());
            Hop answer = fetchOnce(current, request, hop == 0);
            if (answer.location() == null) {
                FetchResult result = answer.result();
                return new FetchResult(request.url(), result.finalUrl(), result.status(), result.contentType(),
                        result.charset(), result.body(), result.truncated(), result.etag(), result.lastModified());
            }
            if (hop >= limits.maxRedirects()) {
                throw new FetchRefusedException("more than " + limits.maxRedirects() + " redirects from " + request.url());
            }
            try {
                current = current.resolve(answer.location().strip());
            } catch (IllegalArgumentException e) {
                throw new FetchFailedException("bad redirect target '" + answer.location() + "' from " + current, e);
            }
        }
    }

    /** One request's answer: a result, or a redirect to follow. */
    private record Hop(FetchResult result, String location) {
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private Hop fetchOnce(URI url, FetchRequest request, boolean first) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (first && request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (first && request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        try {
            return politeness.withHost(url.getHost(), () -> send(url, builder.build()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted while fetching " + url, e);
        }
    }

    private Hop send(URI url, HttpRequest httpRequest) {
        HttpResponse<InputStream> response;
        try {
            response = client.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchFailedException("no answer from " + url.getHost() + " within " + limits.readTimeout(), e);
        } catch (IOException e) {
            throw new FetchFailedException("cannot fetch " + url + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted while fetching " + url, e);
        }
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String location = isRedirect(status) ? response.headers().firstValue("Location").orElse(null) : null;
        if (location != null) {
            closeQuietly(response.body());
            return new Hop(null, location);
        }
        BoundedBody.Read read = readBody(url, response);
        return new Hop(new FetchResult(url, url, status, contentType, Charsets.detect(contentType, read.bytes()), read.bytes(),
                read.truncated(),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null)), null);
    }

    /** The request timeout covers the headers only; the watchdog bounds the body, so a trickling server cannot hold us. */
    private BoundedBody.Read readBody(URI url, HttpResponse<InputStream> response) {
        InputStream body = response.body();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            timedOut.set(true);
            closeQuietly(body);
        }, limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (body) {
            return BoundedBody.read(body, response.headers().firstValue("Content-Encoding").orElse(null),
                    limits.maxBodyBytes(), limits.maxInflationRatio());
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FetchFailedException("body of " + url + " not read within " + limits.readTimeout(), e);
            }
            throw new FetchFailedException("cannot read " + url + ": " + describe(e), e);
        } finally {
            alarm.cancel(false);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close();
    }
}
