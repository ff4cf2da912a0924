package io.veille.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;

/** A Server-Sent Events client of /api/v1/digests/stream: the digest versions it received, and when its stream ended. */
final class SseClient implements AutoCloseable {

    /** Held for the stream's life: the JDK closes the connections of a client nobody references. */
    private final HttpClient client;
    private final String name;
    private final Set<String> versions = ConcurrentHashMap.newKeySet();
    /** Every event in arrival order: its SSE id (empty without one) and the digest version it carried. */
    private final java.util.List<Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();

    record Event(String id, String version) {
    }
    private final InputStream body;
    private final Instant connected;
    private volatile Instant ended;

    private SseClient(HttpClient client, String name, InputStream body) {
        this.client = client;
        this.name = name;
        this.body = body;
        this.connected = Instant.now();
        Thread reader = new Thread(this::read, "sse-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient connect(String name, String summaryUrl, String lang) throws IOException, InterruptedException {
        return open(name, summaryUrl + "/api/v1/digests/stream?lang=" + lang, null);
    }

    /** @param lastEventId sent as Last-Event-ID (a reconnect), or null for a first connection */
    static SseClient open(String name, String streamUrl, String lastEventId) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(streamUrl)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + ": HTTP " + response.statusCode());
        }
        return new SseClient(client, name, response.body());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = "";
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    Digest digest = EventJson.read(line.substring(5).strip(), Digest.class);
                    String version = digest.id() + "@" + digest.version();
                    versions.add(version);
                    events.add(new Event(id, version));
                    id = "";
                }
            }
        } catch (IOException e) {
            // the replica went away: the stream ends here
        } finally {
            ended = Instant.now();
        }
    }

    String name() {
        return name;
    }

    Set<String> versions() {
        return versions;
    }

    java.util.List<Event> events() {
        return java.util.List.copyOf(events);
    }

    Instant connected() {
        return connected;
    }

    /** When the stream ended, or now for one still open. */
    Instant endedOrNow() {
        return ended == null ? Instant.now() : ended;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
