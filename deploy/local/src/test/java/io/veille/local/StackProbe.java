package io.veille.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.veille.infra.Database;

/** What the end-to-end tests ask a running stack: its database, and waiting for a condition with diagnostics. */
final class StackProbe {

    interface Rows<T> {
        T read(ResultSet rs) throws SQLException;

        /** The first column of every row. */
        static Rows<Set<String>> strings() {
            return rs -> {
                Set<String> values = new HashSet<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            };
        }
    }

    private final Stack stack;

    StackProbe(Stack stack) {
        this.stack = stack;
    }

    /** The options of a test stack: free ports, the given data directory, a fresh database named after the test. */
    static StackOptions testOptions(Path dataDir, String databasePrefix) {
        Path home = Path.of(System.getProperty("veille.home", "../..")).toAbsolutePath().normalize();
        StackOptions defaults = StackOptions.defaults(home, System.getenv());
        return defaults.withFreePorts().withDataDir(dataDir)
                .withDatabase(databasePrefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                        defaults.externalDb().isPresent());
    }

    <T> T query(String sql, Rows<T> rows, Object... params) {
        Database db = stack.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long count(String sql, Object... params) {
        return query(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        }, params);
    }

    /**
     * Waits until every article is extracted and digested: both consumer groups caught up, nothing
     * pending or unpublished, and the digest count stable between two polls.
     */
    void awaitSettled(KafkaProbe kafka, long articles, Duration timeout, java.util.Set<String> killed) {
        long[] previous = {-1};
        await("all " + articles + " articles extracted and digested, no lag, nothing pending", timeout, () -> {
            long digests = count("select count(*) from summary.digest");
            boolean settled = count("select count(*) from extractor.article") == articles
                    && count("select count(*) from summary.article") == articles
                    && count("select count(*) from summary.pending_digest") == 0
                    && count("select count(*) from summary.digest where not published") == 0
                    && kafka.lag("veille-extractor", io.veille.contracts.Topics.ARTICLES_RAW) == 0
                    && kafka.lag("veille-summary", io.veille.contracts.Topics.ARTICLES_EXTRACTED) == 0
                    && digests == previous[0];
            previous[0] = digests;
            return settled;
        }, () -> "articles " + count("select count(*) from extractor.article") + ", digested "
                + count("select count(*) from summary.article") + ", digests " + count("select count(*) from summary.digest")
                + ", pending " + count("select count(*) from summary.pending_digest") + "\n", killed);
    }

    /** Polls every 250 ms, so that a fault lands mid-flow; a process that exits unasked fails the test. */
    void awaitQuickly(Duration timeout, java.util.Set<String> killed, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // tables not migrated yet
            }
            stack.exitedChildren().stream().filter(child -> !killed.contains(child.name())).forEach(child -> {
                throw new AssertionError(child.name() + " exited; " + child.logHint());
            });
            ChildProcess.pause(Duration.ofMillis(250));
        }
        await(what, Duration.ZERO, condition, () -> "", killed);
    }

    /** Polls every 2 s; fails at once if a service died, and with the services' last log lines on timeout. */
    void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        await(what, timeout, condition, state, java.util.Set.of());
    }

    /** @param killed processes the test stopped on purpose, whose exit is no failure */
    void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state, java.util.Set<String> killed) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException lastError = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                lastError = null;
            } catch (RuntimeException e) {
                lastError = e; // tables or topics not there yet
            }
            stack.exitedChildren().stream().filter(child -> !killed.contains(child.name())).forEach(child -> {
                throw new AssertionError(child.name() + " exited; " + child.logHint());
            });
            ChildProcess.pause(Duration.ofSeconds(2));
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + what
                + (lastError == null ? "" : " (last error: " + lastError.getMessage() + ")")
                + "\n" + state.get() + diagnostics(), lastError);
    }

    private String diagnostics() {
        StringBuilder text = new StringBuilder();
        for (ServiceProcess service : stack.services()) {
            text.append("--- ").append(service.name()).append(" (").append(service.process().log()).append(")\n")
                    .append(service.process().tail(15)).append('\n');
        }
        return text.toString();
    }
}
