package io.veille.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import io.veille.contracts.http.RetryAfter;
import io.veille.contracts.net.AddressGuard;
import io.veille.contracts.net.AddressRefusedException;
import io.veille.contracts.net.HostPort;
import io.veille.contracts.net.UnresolvedHostException;

/**
 * The only way the crawler talks to the web: every hop (the first request and each redirect) is
 * checked by the {@link AddressGuard} and the caller's {@link HopCheck}, waits its turn in the
 * host's politeness queue, and is bounded in time and size.
 *
 * <p>OkHttp does the HTTP because it takes its DNS as a plug-in: each hop's client resolves the
 * host to exactly the addresses the guard judged, so a DNS answer that changes between the check and
 * the connection (rebinding) is never used. Its call timeout bounds headers and body together, so a
 * server trickling bytes cannot hold a fetch. Connections are not pooled: each hop's DNS is its own,
 * and a crawler sees a host at most once a second anyway.
 */
public final class GuardedFetcher implements Fetcher, AutoCloseable {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    private final OkHttpClient client;
    private final AddressGuard guard;
    private final HostPoliteness politeness;
    private final FetchLimits limits;
    private final Clock clock;

    public GuardedFetcher(AddressGuard guard, HostPoliteness politeness, FetchLimits limits) {
        this(guard, politeness, limits, Clock.systemUTC());
    }

    public GuardedFetcher(AddressGuard guard, HostPoliteness politeness, FetchLimits limits, Clock clock) {
        this.guard = guard;
        this.politeness = politeness;
        this.limits = limits;
        this.clock = clock;
        // Redirects are followed by hand so that each target is checked before it is contacted.
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .proxy(Proxy.NO_PROXY)
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .connectTimeout(limits.connectTimeout())
                .readTimeout(limits.readTimeout())
                // The read timeout is for the headers and, separately, for the body, as a whole.
                .callTimeout(limits.connectTimeout().plus(limits.readTimeout().multipliedBy(2)))
                .build();
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        return fetch(request, HopCheck.NONE);
    }

    /**
     * @param hopCheck a rule each hop must pass besides the address guard (robots.txt)
     * @throws FetchRefusedException the URL or a redirect target may not be fetched
     * @throws FetchFailedException  the target did not answer usably (timeout, connection, bad encoding)
     */
    public FetchResult fetch(FetchRequest request, HopCheck hopCheck) {
        URI current = request.url();
        for (int hop = 0; ; hop++) {
            List<InetAddress> addresses = checked(current, request.trusted());
            hopCheck.check(current, request);
            Hop answer = fetchOnce(current, addresses, request, hop == 0);
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

    /** The guard's verdict in the crawler's terms: refused is the caller's fault, unresolved the remote side's. */
    private List<InetAddress> checked(URI url, HostPort trusted) {
        try {
            return guard.check(url, trusted);
        } catch (AddressRefusedException e) {
            throw new FetchRefusedException(e.getMessage());
        } catch (UnresolvedHostException e) {
            throw new FetchFailedException(e.getMessage(), e.getCause());
        }
    }

    /** One request's answer: a result, or a redirect to follow. */
    private record Hop(FetchResult result, String location) {
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private Hop fetchOnce(URI url, List<InetAddress> addresses, FetchRequest request, boolean first) {
        HttpUrl httpUrl = HttpUrl.parse(url.toString());
        if (httpUrl == null) {
            throw new FetchRefusedException("not a URL the crawler can request: " + url);
        }
        Request.Builder builder = new Request.Builder().url(httpUrl).get()
                .header("User-Agent", limits.userAgent())
                .header("Accept", ACCEPT)
                // Named here, so OkHttp leaves the body compressed and BoundedBody judges its inflation.
                .header("Accept-Encoding", "gzip, deflate");
        if (first && request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (first && request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        OkHttpClient pinned = client.newBuilder().dns(hostname -> addresses).build();
        int maxBody = request.maxBodyBytes() > 0 ? request.maxBodyBytes() : limits.maxBodyBytes();
        try {
            return politeness.withHost(HostPort.of(url).toString(), request.hostDelay(),
                    turn -> send(url, pinned, builder.build(), maxBody, turn));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted while fetching " + url, e);
        }
    }

    private Hop send(URI url, OkHttpClient pinned, Request httpRequest, int maxBody, HostPoliteness.Turn turn) {
        try (Response response = pinned.newCall(httpRequest).execute()) {
            int status = response.code();
            Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant()).orElse(null);
            turn.answered(status, retryAfter);
            String contentType = response.header("Content-Type");
            String location = isRedirect(status) ? response.header("Location") : null;
            if (location != null) {
                return new Hop(null, location);
            }
            BoundedBody.Read read = BoundedBody.read(response.body().byteStream(), response.header("Content-Encoding"),
                    maxBody, limits.maxInflationRatio());
            return new Hop(new FetchResult(url, url, status, contentType, Charsets.detect(contentType, read.bytes()),
                    read.bytes(), read.truncated(), response.header("ETag"), response.header("Last-Modified")), null);
        } catch (InterruptedIOException e) {
            turn.failed();
            throw new FetchFailedException("no complete answer from " + url.getHost() + " within "
                    + limits.readTimeout() + ": " + describe(e), e);
        } catch (IOException e) {
            turn.failed();
            throw new FetchFailedException("cannot fetch " + url + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
