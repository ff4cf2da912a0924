package io.veille.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Read load on the summary service's digest API: closed-loop clients (each sends its next request
 * when the previous answer has arrived) cycle through a few GET paths, first for a warm-up that is
 * not recorded, then for the measured duration. Writes latency percentiles and throughput to a
 * JSON file that {@link Report} puts in the README table.
 *
 * <p>{@code ApiLoad [--url URL] [--path PATH]... [--ids N] [--concurrency N] [--warmup S] [--duration S] [--out FILE]}
 *
 * <p>A service with read keys wants one: it is taken from {@value #API_KEY_ENV} and sent as X-API-Key,
 * never from the command line, which other users of the machine can read.
 */
public final class ApiLoad {

    static final String DEFAULT_URL = "http://127.0.0.1:8083";
    // The list endpoint's page size parameter is "size" (DigestResource); 20 is also its default.
    static final List<String> DEFAULT_PATHS = List.of("/api/v1/digests?lang=fr", "/api/v1/digests?lang=en&size=20");
    static final String RESULT_FILE = "digest-api-load.json";
    static final String API_KEY_ENV = "VEILLE_API_KEY";
    private static final String DIGEST_PATH = "/api/v1/digests/";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Options(String baseUrl, List<String> paths, int ids, int concurrency, int warmupSeconds, int durationSeconds,
            Path out) {

        static Options parse(String[] args, Path resultsDir) {
            String url = DEFAULT_URL;
            List<String> paths = new ArrayList<>();
            int ids = 3;
            int concurrency = 8;
            int warmup = 5;
            int duration = 30;
            Path out = resultsDir.resolve(RESULT_FILE);
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--url" -> url = value.replaceAll("/+$", "");
                    case "--path" -> paths.add(value.startsWith("/") ? value : "/" + value);
                    case "--ids" -> ids = number(name, value, 0);
                    case "--concurrency" -> concurrency = number(name, value, 1);
                    case "--warmup" -> warmup = number(name, value, 0);
                    case "--duration" -> duration = number(name, value, 1);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            return new Options(url, paths.isEmpty() ? DEFAULT_PATHS : List.copyOf(paths), ids, concurrency, warmup,
                    duration, out);
        }

        private static int number(String name, String value, int min) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be an integer >= " + min + ", not '" + value + "'");
        }
    }

    /** One path's share of the measured requests; latencies are of 2xx answers only. */
    record PathResult(String path, long requests, long non2xx, long errors, Double p50Ms, Double p99Ms) {
    }

    /**
     * What the run measured. {@code requests} counts every request sent in the measured window, the
     * 2xx ones ({@code ok}) give the latencies and the throughput; non-2xx answers and I/O errors or
     * timeouts are counted apart.
     */
    record Result(String date, String baseUrl, int cores, String jdk, String loadAverage, int concurrency,
            int warmupSeconds, int durationSeconds, double measuredSeconds, long requests, long ok, long non2xx,
            long errors, double throughputPerSecond, Double p50Ms, Double p90Ms, Double p99Ms, Double maxMs,
            List<PathResult> paths) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.println("usage: ApiLoad [--url URL] [--path PATH]... [--ids N] [--concurrency N] [--warmup S] "
                    + "[--duration S] [--out FILE]");
            return;
        }
        Options options;
        try {
            options = Options.parse(args, Path.of(System.getProperty("veille.home", "."), "bench", "results"));
        } catch (IllegalArgumentException e) {
            System.err.println("ApiLoad: " + e.getMessage());
            System.exit(2);
            return;
        }
        Result result;
        try {
            result = run(options, System.out);
        } catch (IllegalStateException e) {
            System.err.println("ApiLoad: " + e.getMessage());
            System.exit(1);
            return;
        }
        print(result, System.out);
        if (result.ok() == 0) {
            // A run with no successful answer measures nothing; the last good result stays in place.
            System.err.println("ApiLoad: no 2xx answer during the measured window; " + options.out() + " not written");
            System.exit(1);
        }
        write(result, options.out());
        System.out.println("wrote " + options.out());
    }

    static Result run(Options options, PrintStream log) throws IOException, InterruptedException {
        return run(options, Optional.ofNullable(System.getenv(API_KEY_ENV)).filter(key -> !key.isBlank()), log);
    }

    static Result run(Options options, Optional<String> apiKey, PrintStream log) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance: the service is read over HTTP/1.1
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            List<String> paths = new ArrayList<>(options.paths());
            paths.addAll(discoverDigests(client, options, apiKey));
            log.printf(Locale.ROOT, "ApiLoad: %d clients on %s, %d s warm-up then %d s measured, paths:%n",
                    options.concurrency(), options.baseUrl(), options.warmupSeconds(), options.durationSeconds());
            paths.forEach(p -> log.println("  " + p));

            List<HttpRequest> requests = paths.stream().map(p -> get(options.baseUrl() + p, apiKey)).toList();
            String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            long start = System.nanoTime();
            long measureFrom = start + Duration.ofSeconds(options.warmupSeconds()).toNanos();
            long end = measureFrom + Duration.ofSeconds(options.durationSeconds()).toNanos();
            List<Worker> workers = new ArrayList<>();
            // Platform threads, one per client: each blocks on its own request, as a closed-loop client does.
            ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
            try (pool) {
                List<Future<Worker>> futures = new ArrayList<>();
                for (int i = 0; i < options.concurrency(); i++) {
                    futures.add(pool.submit(new Worker(client, requests, i, measureFrom, end)));
                }
                for (Future<Worker> future : futures) {
                    workers.add(future.get());
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("a load worker failed: " + e.getCause(), e.getCause());
            }
            double measuredSeconds = (System.nanoTime() - measureFrom) / 1e9;
            return result(options, paths, workers, date, measuredSeconds);
        }
    }

    /** Fails when the service cannot be reached; otherwise adds one path per digest id of the first page. */
    private static List<String> discoverDigests(HttpClient client, Options options, Optional<String> apiKey)
            throws InterruptedException {
        String first = options.baseUrl() + options.paths().getFirst();
        HttpResponse<String> response;
        try {
            response = client.send(get(first, apiKey), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + first + " (" + e + "); is the summary service running? "
                    + "Start it with ./veille run", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(first + " answered " + response.statusCode() + ": " + response.body());
        }
        List<String> found = new ArrayList<>();
        try {
            for (JsonNode item : JSON.readTree(response.body()).path("items")) {
                String id = item.path("id").asText("");
                if (!id.isEmpty() && found.size() < options.ids()) {
                    found.add(DIGEST_PATH + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
                }
            }
        } catch (IOException e) {
            // Not a digest list (another --path came first): the run goes on with the paths given.
        }
        return found;
    }

    private static HttpRequest get(String url, Optional<String> apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").GET();
        apiKey.ifPresent(key -> request.header("X-API-Key", key.strip()));
        return request.build();
    }

    private static Result result(Options options, List<String> paths, List<Worker> workers, String date,
            double measuredSeconds) {
        Latencies all = new Latencies();
        List<PathResult> perPath = new ArrayList<>();
        long requests = 0;
        long non2xx = 0;
        long errors = 0;
        for (int p = 0; p < paths.size(); p++) {
            Latencies path = new Latencies();
            long pathRequests = 0;
            long pathNon2xx = 0;
            long pathErrors = 0;
            for (Worker w : workers) {
                path.add(w.latencies[p]);
                pathRequests += w.requests[p];
                pathNon2xx += w.non2xx[p];
                pathErrors += w.errors[p];
            }
            all.add(path);
            requests += pathRequests;
            non2xx += pathNon2xx;
            errors += pathErrors;
            perPath.add(new PathResult(paths.get(p), pathRequests, pathNon2xx, pathErrors, path.percentileMs(50),
                    path.percentileMs(99)));
        }
        Latencies.Summary s = all.summary();
        return new Result(date, options.baseUrl(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), Report.loadAverage(),
                options.concurrency(), options.warmupSeconds(), options.durationSeconds(), measuredSeconds, requests,
                s.count(), non2xx, errors, s.count() / measuredSeconds, s.p50Ms(), s.p90Ms(), s.p99Ms(), s.maxMs(),
                perPath);
    }

    static void write(Result result, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        JSON.writeValue(out.toFile(), result);
    }

    static Result read(Path file) throws IOException {
        return JSON.readerFor(Result.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(file.toFile());
    }

    private static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%n%d requests in %.2f s: %d 2xx, %d non-2xx, %d errors; %.1f req/s (2xx)%n",
                r.requests(), r.measuredSeconds(), r.ok(), r.non2xx(), r.errors(), r.throughputPerSecond());
        out.printf(Locale.ROOT, "latency (2xx): p50 %s  p90 %s  p99 %s  max %s ms%n",
                ms(r.p50Ms()), ms(r.p90Ms()), ms(r.p99Ms()), ms(r.maxMs()));
        out.printf(Locale.ROOT, "%-48s %9s %8s %6s %9s %9s%n", "path", "requests", "non-2xx", "errors", "p50 ms", "p99 ms");
        for (PathResult p : r.paths()) {
            out.printf(Locale.ROOT, "%-48s %9d %8d %6d %9s %9s%n", p.path(), p.requests(), p.non2xx(), p.errors(),
                    ms(p.p50Ms()), ms(p.p99Ms()));
        }
    }

    static String ms(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** One closed-loop client; its counters are read only after its thread has finished. */
    private static final class Worker implements Callable<Worker> {

        private final HttpClient client;
        private final List<HttpRequest> paths;
        private final int firstPath;
        private final long measureFrom;
        private final long end;
        final Latencies[] latencies;
        final long[] requests;
        final long[] non2xx;
        final long[] errors;

        Worker(HttpClient client, List<HttpRequest> paths, int firstPath, long measureFrom, long end) {
            this.client = client;
            this.paths = paths;
            this.firstPath = firstPath;
            this.measureFrom = measureFrom;
            this.end = end;
            this.latencies = new Latencies[paths.size()];
            for (int i = 0; i < latencies.length; i++) {
                latencies[i] = new Latencies();
            }
            this.requests = new long[paths.size()];
            this.non2xx = new long[paths.size()];
            this.errors = new long[paths.size()];
        }

        @Override
        public Worker call() throws InterruptedException {
            // Clients start on different paths so that every path is read by someone at any moment.
            for (int next = firstPath; ; next++) {
                long sent = System.nanoTime();
                if (sent - end >= 0) {
                    return this;
                }
                int p = next % paths.size();
                boolean measured = sent - measureFrom >= 0;
                try {
                    HttpResponse<Void> response = client.send(paths.get(p), BodyHandlers.discarding());
                    long took = System.nanoTime() - sent;
                    if (measured) {
                        requests[p]++;
                        if (response.statusCode() / 100 == 2) {
                            latencies[p].record(took);
                        } else {
                            non2xx[p]++;
                        }
                    }
                } catch (IOException e) {
                    if (measured) {
                        requests[p]++;
                        errors[p]++;
                    }
                    // A refused connection fails in microseconds; without a pause a dead service
                    // would turn every client into a busy loop counting errors.
                    Thread.sleep(10);
                }
            }
        }
    }
}
