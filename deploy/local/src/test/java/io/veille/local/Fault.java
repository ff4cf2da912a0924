package io.veille.local;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What FaultIT does to a running stack mid-flow, and which count shows the flow it interrupts. A
 * killed process is started again at once with the same settings, as a supervisor would.
 */
enum Fault {

    CRAWLER("kill -9 of the crawler", "select count(*) from crawler.seen_article where published_at is not null") {
        @Override
        void inject(Stack stack) {
            stack.killService("crawler-service");
            stack.restartService("crawler-service");
        }
    },
    EXTRACTOR("kill -9 of the extractor", "select count(*) from extractor.article") {
        @Override
        void inject(Stack stack) {
            stack.killService("extractor-service");
            stack.restartService("extractor-service");
        }
    },
    SUMMARY("kill -9 of the summary service", "select count(*) from summary.article") {
        @Override
        void inject(Stack stack) {
            stack.killService("summary-service");
            stack.restartService("summary-service");
        }
    },
    BROKER("kill -9 of the Kafka broker", "select count(*) from extractor.article") {
        @Override
        void inject(Stack stack) {
            stack.killBroker();
            stack.restartBroker();
        }
    },
    POSTGRES("PostgreSQL frozen for 30 s (SIGSTOP, SIGCONT)", "select count(*) from extractor.article") {
        @Override
        void inject(Stack stack) {
            PostgresFreeze freeze = PostgresFreeze.freeze(stack.embeddedPostgresDir().orElseThrow());
            System.out.println("FaultIT: SIGSTOP sent to the postmaster and its " + (freeze.pids().size() - 1) + " children");
            try {
                ChildProcess.pause(FREEZE);
            } finally {
                freeze.thaw();
            }
        }

        @Override
        boolean possibleWith(StackOptions options) {
            return options.externalDb().isEmpty();
        }
    };

    static final Duration FREEZE = Duration.ofSeconds(30);

    private final String description;
    private final String progressQuery;

    Fault(String description, String progressQuery) {
        this.description = description;
        this.progressQuery = progressQuery;
    }

    abstract void inject(Stack stack);

    /** A server the stack did not start (VEILLE_DB_URL) is not ours to freeze. */
    boolean possibleWith(StackOptions options) {
        return true;
    }

    /** The rows that grow as the stage this fault interrupts does its work. */
    String progressQuery() {
        return progressQuery;
    }

    /** The faults named in a comma-separated list such as {@code extractor,broker}; {@code all} for every one. */
    static List<Fault> named(String list) {
        if (list.strip().equalsIgnoreCase("all")) {
            return List.of(values());
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> valueOf(s.toUpperCase(Locale.ROOT))).toList();
    }

    @Override
    public String toString() {
        return description;
    }
}
