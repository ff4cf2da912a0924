package io.veille.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: embedded binaries from Maven Central (zonky) by default, or an external
 * server named by {@value #URL_ENV} (a JDBC URL of a database the user may create databases from,
 * e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}) with {@value #USER_ENV} and
 * {@value #PASSWORD_ENV}.
 */
public final class Postgres implements AutoCloseable {

    public static final String URL_ENV = "VEILLE_DB_URL";
    public static final String USER_ENV = "VEILLE_DB_USER";
    public static final String PASSWORD_ENV = "VEILLE_DB_PASSWORD";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String username;
    private final String password;

    private Postgres(EmbeddedPostgres embedded, String adminUrl, String username, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
    }

    /** The external server when {@value #URL_ENV} is set, else a throw-away embedded one. */
    public static Postgres fromEnvironment() {
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            return external(url, envOr(USER_ENV, "postgres"), envOr(PASSWORD_ENV, ""));
        }
        return embedded(null, 0);
    }

    public static Postgres external(String adminUrl, String username, String password) {
        return new Postgres(null, adminUrl, username, password);
    }

    /**
     * Starts PostgreSQL from the embedded binaries on 127.0.0.1.
     *
     * @param dataDir where the cluster lives, kept across restarts; null for a temporary one
     * @param port    0 for any free port
     */
    public static Postgres embedded(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? FreePorts.pick() : port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres pg = builder.start();
            return new Postgres(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The database {@code name} on this server, created when absent. */
    public Database database(String name) {
        requireValidName(name);
        try (Connection c = DriverManager.getConnection(adminUrl, username, password);
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " at " + adminUrl, e);
        }
        return new Database(name, urlFor(name), username, password);
    }

    /** A new empty database with a unique name, so that test runs sharing a server never see each other. */
    public Database freshDatabase(String prefix) {
        return database(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    public void dropDatabase(String name) {
        requireValidName(name);
        try (Connection c = DriverManager.getConnection(adminUrl, username, password);
             Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String urlFor(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        String base = adminUrl.substring(0, slash + 1);
        return base + database + (query >= 0 ? adminUrl.substring(query) : "");
    }

    private static void requireValidName(String name) {
        if (!DATABASE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
