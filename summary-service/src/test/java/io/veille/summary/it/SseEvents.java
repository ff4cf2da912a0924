package io.veille.summary.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;

/** A real Server-Sent Events client of /api/v1/digests/stream: the events it received, id and digest. */
final class SseEvents implements AutoCloseable {

    record Event(long id, Digest digest) {
    }

    /** Held for the stream's life: the JDK closes the connections of a client nobody references. */
    private final HttpClient client;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private SseEvents(HttpClient client, InputStream body) {
        this.client = client;
        this.body = body;
        Thread reader = new Thread(this::read, "sse-test");
        reader.setDaemon(true);
        reader.start();
    }

    static SseEvents connect(int port, String query, Map<String, String> headers) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/digests/stream?" + query))
                .header("Accept", "text/event-stream");
        headers.forEach(request::header);
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("stream answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new SseEvents(client, response.body());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            Long id = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).strip());
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new Event(id == null ? -1 : id, EventJson.read(data.toString(), Digest.class)));
                    id = null;
                    data.setLength(0);
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
    }

    /** The next {@code count} events, waiting up to {@code within} in all. */
    List<Event> take(int count, Duration within) throws InterruptedException {
        List<Event> taken = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (taken.size() < count) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("got " + taken.size() + " of " + count + " events within " + within + ": " + taken);
            }
            taken.add(event);
        }
        return taken;
    }

    /** What arrived and was not taken yet. */
    List<Event> pending() {
        return List.copyOf(events);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
