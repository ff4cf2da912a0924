package io.veille.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.veille.infra.Database;
import io.veille.infra.FreePorts;
import io.veille.infra.Postgres;

/**
 * The running local stack: a Kafka broker (child JVM), PostgreSQL, the demo site and the three
 * services (child JVMs). {@link #close()} stops the services, then the broker, then PostgreSQL, and
 * may be called at any time, also while {@link #start()} is still running (Ctrl-C during start-up).
 */
public final class Stack implements AutoCloseable {

    public static final List<String> SERVICES = List.of("crawler-service", "extractor-service", "summary-service");

    static final String ADMIN_KEYS_ENV = "VEILLE_API_KEYS_ADMIN";
    /** The summary's webhook targets allowed on private addresses: the demo's receiver, and those a test adds. */
    static final String DELIVERY_ALLOW_LIST = "veille.delivery.allow-private-hosts";

    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackOptions options;
    private final PrintStream out;

    private ChildProcess broker;
    private Postgres postgres;
    private Database database;
    private DemoSite demoSite;
    /** The demo's subscriber end: receives the signed webhook calls of its subscription. */
    private WebhookReceiver webhookReceiver;
    private Path sourcesFile;
    private final List<ServiceProcess> services = new ArrayList<>();
    /** How each process was started, by its name: a restart reuses its ports and settings. */
    private final Map<String, ServiceProcess.Launch> launches = new LinkedHashMap<>();
    /** The admin keys of the three services: the user's (VEILLE_API_KEYS_ADMIN) or one made up for this run. */
    private final String adminKeys = Optional.ofNullable(System.getenv(ADMIN_KEYS_ENV))
            .filter(k -> !k.isBlank()).orElseGet(() -> "local-admin-" + UUID.randomUUID());
    private boolean closed;
    private java.util.function.Consumer<Stack> beforeDemoCrawl = stack -> {
    };

    public Stack(StackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Starts a whole stack; on failure everything already started is stopped again. */
    public static Stack start(StackOptions options, PrintStream out) {
        return start(options, out, stack -> {
        });
    }

    /**
     * @param beforeDemoCrawl runs once the services are up and the demo's subscriptions exist, before
     *        the demo feed is crawled: what a test must have in place before the first digest
     */
    public static Stack start(StackOptions options, PrintStream out, java.util.function.Consumer<Stack> beforeDemoCrawl) {
        Stack stack = new Stack(options, out);
        stack.beforeDemoCrawl = beforeDemoCrawl;
        stack.start();
        return stack;
    }

    public void start() {
        try {
            prepareDataDir();
            requirePortsFree();
            startBroker();
            startPostgres();
            broker.awaitLine("READY", BROKER_TIMEOUT);
            log("Kafka broker ready on " + bootstrapServers() + " (pid " + broker.pid() + ")");
            prepareSources();
            startServices();
            if (demoSite != null) {
                subscribeTheDemo();
            }
        } catch (RuntimeException e) {
            close();
            throw e instanceof StackException ? e : new StackException(e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + options.kafkaPort();
    }

    public Database database() {
        return database;
    }

    public Optional<DemoSite> demoSite() {
        return Optional.ofNullable(demoSite);
    }

    public Optional<WebhookReceiver> webhookReceiver() {
        return Optional.ofNullable(webhookReceiver);
    }

    public Optional<Path> sourcesFile() {
        return Optional.ofNullable(sourcesFile);
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public String serviceUrl(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .map(ServiceProcess::url).orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public StackOptions options() {
        return options;
    }

    /** True once {@link #close()} has begun, e.g. from the shutdown hook while start() still runs. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Children that have exited although nobody asked them to: worth telling the user. */
    public List<ChildProcess> exitedChildren() {
        List<ChildProcess> exited = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return exited;
            }
            if (broker != null && !broker.isAlive()) {
                exited.add(broker);
            }
            services.stream().map(ServiceProcess::process).filter(p -> !p.isAlive()).forEach(exited::add);
        }
        return exited;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // Services first (in parallel: each only needs the broker and the database to say goodbye),
        // then the broker, then the database.
        services.forEach(service -> quietly("stopping " + service.name(), () -> service.process().requestStop()));
        services.forEach(service -> quietly("stopping " + service.name(), () -> service.process().awaitStop(STOP_GRACE)));
        if (demoSite != null) {
            quietly("stopping the demo site", demoSite::close);
        }
        if (webhookReceiver != null) {
            quietly("stopping the webhook receiver", webhookReceiver::close);
        }
        if (broker != null) {
            quietly("stopping the Kafka broker", () -> broker.close());
        }
        if (postgres != null) {
            if (options.dropDatabase() && database != null) {
                quietly("dropping database " + database.name(), () -> postgres.dropDatabase(database.name()));
            }
            quietly("stopping PostgreSQL", postgres::close);
        }
    }

    private void prepareDataDir() {
        if (options.fresh()) {
            log("--fresh: deleting " + options.dataDir());
            deleteRecursively(options.dataDir());
        }
        try {
            Files.createDirectories(options.logDir());
        } catch (IOException e) {
            throw new StackException("cannot create " + options.logDir() + ": " + e.getMessage(), e);
        }
    }

    private void requirePortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(options.kafkaPort(), "Kafka");
        ports.put(options.crawlerPort(), "crawler-service");
        ports.put(options.extractorPort(), "extractor-service");
        ports.put(options.summaryPort(), "summary-service");
        ports.put(options.crawlerManagementPort(), "crawler-service management");
        ports.put(options.extractorManagementPort(), "extractor-service management");
        ports.put(options.summaryManagementPort(), "summary-service management");
        if (options.externalDb().isEmpty() && options.postgresPort() != 0) {
            ports.put(options.postgresPort(), "embedded PostgreSQL");
        }
        ports.forEach((port, what) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                throw new StackException("port " + port + " (" + what + ") is already in use on 127.0.0.1: is another"
                        + " ./veille run still running? Stop it (Ctrl-C) or free the port, then try again.");
            }
        });
    }

    private void startBroker() {
        log("starting Kafka (KRaft) on " + bootstrapServers() + " ...");
        adopt(() -> broker = ChildProcess.start("Kafka broker", brokerCommand(), options.home(),
                options.logDir().resolve("kafka.log")));
    }

    /** The broker's JVM: same port and data directory every time, so a restarted broker has its topics back. */
    private List<String> brokerCommand() {
        // lz4-java loads a native library: allowed explicitly, so JDK 22+ does not warn about it.
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            // Kafka's buffer unmapping uses sun.misc.Unsafe, which JDK 24+ warns about at every start.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", absoluteClassPath(),
                "io.veille.infra.KafkaBrokerMain", Integer.toString(options.kafkaPort()),
                options.dataDir().resolve("kafka").toString()));
        return command;
    }

    private void startPostgres() {
        Postgres server = options.externalDb()
                .map(db -> {
                    log("using the PostgreSQL server at " + db.adminUrl() + " (VEILLE_DB_URL)");
                    return Postgres.external(db.adminUrl(), db.username(), db.password());
                })
                .orElseGet(() -> {
                    log("starting embedded PostgreSQL in " + options.dataDir().resolve("postgres") + " ...");
                    try {
                        return Postgres.embedded(options.dataDir().resolve("postgres"), options.postgresPort());
                    } catch (RuntimeException e) {
                        throw new StackException("embedded PostgreSQL did not start: " + rootMessage(e)
                                + " (try ./veille run --fresh if " + options.dataDir().resolve("postgres")
                                + " is left over from an older run)", e);
                    }
                });
        adopt(() -> postgres = server, server);
        database = postgres.database(options.database());
        log("PostgreSQL ready: " + database.jdbcUrl());
    }

    private void prepareSources() {
        if (options.sourcesFile().isPresent()) {
            sourcesFile = options.sourcesFile().get();
            if (!Files.isRegularFile(sourcesFile)) {
                throw new StackException("sources file not found: " + sourcesFile
                        + " (see crawler-service/src/main/resources/sources.example.yaml)");
            }
            return;
        }
        if (!options.demo()) {
            log("no sources file and --no-demo: the crawler has nothing to crawl");
            return;
        }
        DemoSite site = startDemoSite();
        adopt(() -> demoSite = site, site);
        WebhookReceiver receiver = startWebhookReceiver();
        adopt(() -> webhookReceiver = receiver, receiver);
        sourcesFile = options.dataDir().resolve("demo-sources.yaml");
        write(sourcesFile, demoSources(site.feedUrl()));
        log("demo feed served at " + site.feedUrl());
    }

    /**
     * The demo site listens on the port of the previous run when it can: article ids derive from the
     * page URLs, so a new port would make the crawler see five new articles in a kept data directory.
     */
    private DemoSite startDemoSite() {
        Path portFile = options.dataDir().resolve("demo-port");
        int previous = 0;
        try {
            if (Files.isRegularFile(portFile)) {
                previous = Integer.parseInt(Files.readString(portFile).trim());
            }
        } catch (IOException | NumberFormatException e) {
            previous = 0;
        }
        DemoSite site;
        try {
            site = DemoSite.start(previous);
        } catch (UncheckedIOException e) {
            log("port " + previous + " of the previous demo site is taken: the demo articles get new URLs (and ids)");
            site = DemoSite.start(0);
        }
        write(portFile, site.baseUrl().substring(site.baseUrl().lastIndexOf(':') + 1) + "\n");
        return site;
    }

    /**
     * The receiver keeps its port and secret across runs, as the demo site does, so the webhook
     * subscription a kept database holds still reaches it.
     */
    private WebhookReceiver startWebhookReceiver() {
        Path portFile = options.dataDir().resolve("webhook-port");
        Path secretFile = options.dataDir().resolve("webhook-secret");
        String secret = readOr(secretFile, null);
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            write(secretFile, secret + "\n");
        }
        int previous;
        try {
            previous = Integer.parseInt(readOr(portFile, "0"));
        } catch (NumberFormatException e) {
            previous = 0;
        }
        WebhookReceiver receiver;
        try {
            receiver = WebhookReceiver.start(previous, secret.strip());
        } catch (UncheckedIOException e) {
            receiver = WebhookReceiver.start(0, secret.strip());
        }
        write(portFile, receiver.port() + "\n");
        return receiver;
    }

    private static String readOr(Path file, String fallback) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file).strip() : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }

    /** Topic, watch and subscriptions through the APIs, then the (paused) demo source resumes whatever happened. */
    private void subscribeTheDemo() {
        DemoSubscriptions demo = new DemoSubscriptions(serviceUrl("summary-service"), serviceUrl("crawler-service"), adminKey());
        try {
            demo.create(webhookReceiver, readOr(options.dataDir().resolve("webhook-secret"), ""));
            log("demo topic '" + DemoSubscriptions.TOPIC + "', watch '" + DemoSubscriptions.WATCH + "' and their subscriptions in place");
        } catch (IOException | RuntimeException e) {
            log("the demo subscriptions could not be created (" + e.getMessage() + "); the demo runs without them");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while subscribing the demo", e);
        }
        beforeDemoCrawl.accept(this);
        try {
            demo.resumeDemoSource();
        } catch (IOException e) {
            throw new StackException("the demo source could not be resumed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while resuming the demo source", e);
        }
    }

    /** Seeded paused: the launcher resumes it once the demo's topic, watch and subscriptions exist. */
    static String demoSources(String feedUrl) {
        return """
                # Written by ./veille run: the demo corpus, served on loopback by the launcher itself.
                sources:
                  - id: demo
                    feed: %s
                    language: fr
                    poll-interval: 10s
                    allow-private: true
                    paused: true
                """.formatted(feedUrl);
    }

    private void startServices() {
        List<String> instances = SERVICES.stream().flatMap(module -> options.replicas().instances(module).stream()).toList();
        log("starting " + String.join(", ", instances) + " ...");
        long started = System.nanoTime();
        for (String name : instances) {
            ServiceProcess.Launch launch = launch(name);
            launches.put(name, launch);
            ServiceProcess service = ServiceProcess.start(options.home(), launch, options.logDir().resolve(name + ".log"));
            adopt(() -> services.add(service), service);
        }
        for (ServiceProcess service : services) {
            service.awaitReady(options.readyTimeout());
            log(service.name() + " ready at " + service.url() + " (pid " + service.process().pid() + ", "
                    + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s)");
        }
    }

    // --- faults: what a supervisor sees when a process dies, for the end-to-end fault tests --------

    /** kill -9 of one service; {@link #restartService} brings it back. */
    public void killService(String name) {
        log("kill -9 " + name + " (pid " + service(name).process().pid() + ")");
        service(name).process().kill();
    }

    /**
     * Starts the service again on its port with its settings (a new log beside the old one) and
     * waits until it is ready, as a supervisor would after it died.
     */
    public ServiceProcess restartService(String name) {
        ServiceProcess dead = service(name);
        ServiceProcess fresh = ServiceProcess.start(options.home(), launches.get(name), nextLog(name));
        synchronized (this) {
            services.set(services.indexOf(dead), fresh);
        }
        fresh.awaitReady(options.readyTimeout());
        log(name + " restarted (pid " + fresh.process().pid() + ")");
        return fresh;
    }

    /** kill -9 of the Kafka broker; {@link #restartBroker} brings it back on the same port and data. */
    public void killBroker() {
        log("kill -9 Kafka broker (pid " + broker.pid() + ")");
        broker.kill();
    }

    public void restartBroker() {
        ChildProcess fresh = ChildProcess.start("Kafka broker", brokerCommand(), options.home(), nextLog("kafka"));
        synchronized (this) {
            broker = fresh;
        }
        fresh.awaitLine("READY", BROKER_TIMEOUT);
        log("Kafka broker restarted (pid " + fresh.pid() + ")");
    }

    /** The cluster directory of the embedded PostgreSQL this stack started; empty for an external server. */
    public Optional<Path> embeddedPostgresDir() {
        return postgres != null && postgres.isEmbedded() ? Optional.of(options.dataDir().resolve("postgres")) : Optional.empty();
    }

    private ServiceProcess service(String name) {
        synchronized (this) {
            return services.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no service " + name));
        }
    }

    /** {@code <name>.2.log}, {@code <name>.3.log}, ...: the first free one. */
    private Path nextLog(String name) {
        for (int generation = 2; ; generation++) {
            Path log = options.logDir().resolve(name + "." + generation + ".log");
            if (!Files.exists(log)) {
                return log;
            }
        }
    }

    /** This JVM's class path with absolute entries, so the broker JVM finds it from any working directory. */
    private static String absoluteClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** The first admin key: printed in the banner, sent by the end-to-end tests and by the summary service to its peers. */
    public String adminKey() {
        return adminKeys.split(",")[0].strip();
    }

    /**
     * How one service starts: the settings every service reads under the same keys (the README's
     * configuration table) as system properties, and the secrets (database password, API keys) in
     * its environment, which other users cannot read as they can a command line.
     *
     * @param demoPort the demo site's port, the one loopback port the crawler may fetch; null without the demo
     */
    private ServiceProcess.Launch launch(String name) {
        Integer demoPort = demoSite == null ? null : URI.create(demoSite.baseUrl()).getPort();
        Integer webhookPort = webhookReceiver == null ? null : webhookReceiver.port();
        return launch(name, options, database, sourcesFile, demoPort, webhookPort, adminKeys);
    }

    /** @param name a process name: a module ({@code summary-service}) or a further replica of it ({@code summary-service-2}) */
    static ServiceProcess.Launch launch(String name, StackOptions options, Database database, Path sourcesFile,
            Integer demoPort, Integer webhookPort, String adminKeys) {
        String module = Replicas.moduleOf(name);
        boolean first = module.equals(name);
        Map<String, String> p = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>();
        p.put("quarkus.http.host", "127.0.0.1");
        p.put("quarkus.management.host", "127.0.0.1");
        p.put("kafka.bootstrap.servers", "127.0.0.1:" + options.kafkaPort());
        p.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        p.put("quarkus.datasource.username", database.username());
        env.put("VEILLE_DB_PASSWORD", database.password());
        env.put(ADMIN_KEYS_ENV, adminKeys);
        switch (module) {
            case "crawler-service" -> {
                if (sourcesFile != null) {
                    p.put("veille.crawler.sources-file", sourcesFile.toString());
                }
                if (demoPort != null) {
                    // The demo site's port only: the services, Kafka and PostgreSQL on loopback stay out of reach.
                    p.put("veille.crawler.allow-private-hosts", "127.0.0.1:" + demoPort + ",localhost:" + demoPort);
                }
            }
            case "summary-service" -> {
                p.put("veille.services.crawler-url", "http://127.0.0.1:" + options.crawlerPort());
                p.put("veille.services.extractor-url", "http://127.0.0.1:" + options.extractorPort());
                env.put("VEILLE_SERVICES_API_KEY", adminKeys.split(",")[0].strip());
                // Locally a period digest follows its stories within seconds rather than half a minute.
                p.put("veille.summary.period.debounce", "5s");
                if (webhookPort != null) {
                    // the demo's receiver only; a test adds its own receivers with -Dveille.local.summary-service.<this key>
                    p.put(DELIVERY_ALLOW_LIST, "127.0.0.1:" + webhookPort);
                }
                if (System.getenv("VEILLE_SMTP_HOST") == null) {
                    // no SMTP server named: e-mail digests are written to the service's log instead of sent
                    p.put("quarkus.mailer.mock", "true");
                }
            }
            default -> {
            }
        }
        // -Dveille.local.<service>.<key>=<value> on the launcher sets <key> on that service (tests, experiments).
        String prefix = "veille.local." + module + ".";
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> p.merge(k.substring(prefix.length()), System.getProperty(k),
                        (ours, theirs) -> k.endsWith(DELIVERY_ALLOW_LIST) ? ours + "," + theirs : theirs));
        // a further replica listens on free ports: the well-known ones belong to the first
        return new ServiceProcess.Launch(name, first ? port(module, options, false) : FreePorts.pick(),
                first ? port(module, options, true) : FreePorts.pick(), p, env);
    }

    private static int port(String name, StackOptions options, boolean management) {
        return switch (name) {
            case "crawler-service" -> management ? options.crawlerManagementPort() : options.crawlerPort();
            case "extractor-service" -> management ? options.extractorManagementPort() : options.extractorPort();
            case "summary-service" -> management ? options.summaryManagementPort() : options.summaryPort();
            default -> throw new IllegalArgumentException("no service " + name);
        };
    }

    /** Records a started resource, unless close() ran meanwhile: then the resource is stopped at once. */
    private void adopt(Runnable assign, AutoCloseable... resources) {
        synchronized (this) {
            if (!closed) {
                assign.run();
                return;
            }
        }
        for (AutoCloseable resource : resources) {
            quietly("stopping", resource::close);
        }
        throw new StackException("stopped while starting");
    }

    /** Starts and records a resource in one step, so that close() either sees it or prevents it. */
    private synchronized void adopt(Runnable startAndAssign) {
        if (closed) {
            throw new StackException("stopped while starting");
        }
        startAndAssign.run();
    }

    private void log(String message) {
        out.println("veille: " + message);
        out.flush();
    }

    private void quietly(String what, ThrowingRunnable action) {
        try {
            action.run();
        } catch (Exception e) {
            out.println("veille: " + what + " failed: " + rootMessage(e));
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new StackException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
