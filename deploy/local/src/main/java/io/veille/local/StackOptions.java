package io.veille.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.veille.infra.FreePorts;
import io.veille.infra.Postgres;

/**
 * What to start and where. {@link #parse} reads the command line of {@code ./veille run}; the
 * end-to-end test builds its own with other ports and a temporary data directory.
 *
 * @param home          the repository root (where the services' packaged apps are)
 * @param dataDir       broker data, embedded PostgreSQL cluster, logs, generated sources file
 * @param sourcesFile   the user's sources; empty for the demo feed (or none with {@code demo} off)
 * @param database      the database the services share, created when absent
 * @param dropDatabase  drop {@code database} when the stack stops (tests on a shared server)
 * @param externalDb    a server named by VEILLE_DB_URL, else embedded PostgreSQL in {@code dataDir}
 * @param crawlerManagementPort where the crawler serves /q/health and /q/metrics (the prod profile's management port);
 *                      likewise for the extractor and the summary service
 * @param replicas      how many processes of each service ({@code --replicas extractor=2,summary=2}); the
 *                      first of each on the ports above, the others on free ports
 */
public record StackOptions(
        Path home,
        Path dataDir,
        Optional<Path> sourcesFile,
        boolean fresh,
        boolean demo,
        int kafkaPort,
        int postgresPort,
        int crawlerPort,
        int extractorPort,
        int summaryPort,
        int crawlerManagementPort,
        int extractorManagementPort,
        int summaryManagementPort,
        String database,
        boolean dropDatabase,
        Optional<ExternalDb> externalDb,
        Duration readyTimeout,
        Replicas replicas) {

    public static final String USAGE = """
            usage: ./veille run [--sources FILE] [--fresh] [--no-demo] [--replicas extractor=N,summary=N]

            Starts a Kafka broker (KRaft) on 127.0.0.1:9092, PostgreSQL, the crawler (8081), the
            extractor (8082) and the summary service (8083), their health and metrics on 9081-9083, and
            prints every digest as it arrives. Ctrl-C stops everything.

              --sources FILE  crawl the feeds listed in FILE (YAML) instead of the demo feed; an example
                              listing real French and English news feeds:
                              crawler-service/src/main/resources/sources.example.yaml
              --fresh         delete the data directory (.veille/: topics, database, logs) first
              --no-demo       without --sources: do not serve or crawl the demo feed
              --replicas extractor=2,summary=2
                              run 2 to 4 processes of the extractor or the summary service, as a cluster
                              would: they share their consumer group, the summary services share the
                              pending digests, and each streams every digest (the extra ones on free ports)
              -h, --help      this help

            Environment:
              VEILLE_DB_URL, VEILLE_DB_USER, VEILLE_DB_PASSWORD
                              use that PostgreSQL server (database 'veille' is created if absent)
                              instead of the embedded one, e.g. jdbc:postgresql://127.0.0.1:5432/postgres
              VEILLE_LLM_PROVIDER=openai|mistral, VEILLE_LLM_BASE_URL, VEILLE_LLM_MODEL, VEILLE_LLM_API_KEY
                              (or VEILLE_MISTRAL_API_KEY) to write digests with a model instead of
                              extractively (see summary-service/README.md)
              VEILLE_API_KEYS_ADMIN
                              admin keys of the three services: fetch, poll, extract, summarise, the
                              LLM settings (else one is made up for the run and printed)
              VEILLE_API_KEYS_READ
                              read keys (articles, facts, stories, digests); none: reading needs no key
            """;

    public record ExternalDb(String adminUrl, String username, String password) {

        @Override
        public String toString() {
            return "ExternalDb[" + adminUrl + ", user " + username + "]";
        }
    }

    /** The command line was {@code -h}/{@code --help}. */
    public static final class HelpRequested extends RuntimeException {
        public HelpRequested() {
            super("help requested", null, false, false);
        }
    }

    /** The defaults of {@code ./veille run}: fixed well-known ports, data in {@code <home>/.veille}. */
    public static StackOptions defaults(Path home, Map<String, String> env) {
        return new StackOptions(home, home.resolve(".veille"), Optional.empty(), false, true,
                9092, 54329, 8081, 8082, 8083, 9081, 9082, 9083, "veille", false, externalDb(env), Duration.ofMinutes(3),
                Replicas.ONE_EACH);
    }

    /** @throws IllegalArgumentException with a message for the user when the arguments are wrong */
    public static StackOptions parse(String[] args, Path home, Map<String, String> env) {
        StackOptions options = defaults(home, env);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> throw new HelpRequested();
                case "--fresh" -> options = options.withFresh(true);
                case "--no-demo" -> options = options.withDemo(false);
                case "--sources" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new IllegalArgumentException("--sources needs a file");
                    }
                    options = options.withSourcesFile(Path.of(args[++i]).toAbsolutePath().normalize());
                }
                case "--replicas" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new IllegalArgumentException("--replicas needs a list, e.g. extractor=2,summary=2");
                    }
                    options = options.withReplicas(Replicas.parse(args[++i]));
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        return options;
    }

    public boolean servesDemo() {
        return demo && sourcesFile.isEmpty();
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public StackOptions withFresh(boolean value) {
        return new StackOptions(home, dataDir, sourcesFile, value, demo, kafkaPort, postgresPort, crawlerPort,
                extractorPort, summaryPort, crawlerManagementPort,
                extractorManagementPort, summaryManagementPort, database, dropDatabase, externalDb, readyTimeout, replicas);
    }

    public StackOptions withDemo(boolean value) {
        return new StackOptions(home, dataDir, sourcesFile, fresh, value, kafkaPort, postgresPort, crawlerPort,
                extractorPort, summaryPort, crawlerManagementPort,
                extractorManagementPort, summaryManagementPort, database, dropDatabase, externalDb, readyTimeout, replicas);
    }

    public StackOptions withSourcesFile(Path file) {
        return new StackOptions(home, dataDir, Optional.of(file), fresh, demo, kafkaPort, postgresPort, crawlerPort,
                extractorPort, summaryPort, crawlerManagementPort,
                extractorManagementPort, summaryManagementPort, database, dropDatabase, externalDb, readyTimeout, replicas);
    }

    public StackOptions withDataDir(Path dir) {
        return new StackOptions(home, dir, sourcesFile, fresh, demo, kafkaPort, postgresPort, crawlerPort,
                extractorPort, summaryPort, crawlerManagementPort,
                extractorManagementPort, summaryManagementPort, database, dropDatabase, externalDb, readyTimeout, replicas);
    }

    /** Free loopback ports everywhere, so a test stack runs next to a user's {@code ./veille run}. */
    public StackOptions withFreePorts() {
        return new StackOptions(home, dataDir, sourcesFile, fresh, demo, FreePorts.pick(), 0, FreePorts.pick(),
                FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), database,
                dropDatabase, externalDb, readyTimeout, replicas);
    }

    public StackOptions withReplicas(Replicas value) {
        return new StackOptions(home, dataDir, sourcesFile, fresh, demo, kafkaPort, postgresPort, crawlerPort,
                extractorPort, summaryPort, crawlerManagementPort,
                extractorManagementPort, summaryManagementPort, database, dropDatabase, externalDb, readyTimeout, value);
    }

    public StackOptions withDatabase(String name, boolean dropOnStop) {
        return new StackOptions(home, dataDir, sourcesFile, fresh, demo, kafkaPort, postgresPort, crawlerPort,
                extractorPort, summaryPort, crawlerManagementPort,
                extractorManagementPort, summaryManagementPort, name, dropOnStop, externalDb, readyTimeout, replicas);
    }

    private static Optional<ExternalDb> externalDb(Map<String, String> env) {
        String url = env.get(Postgres.URL_ENV);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ExternalDb(url, nonBlank(env.get(Postgres.USER_ENV), "postgres"),
                nonBlank(env.get(Postgres.PASSWORD_ENV), "")));
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
