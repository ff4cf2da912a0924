package io.veille.infra;

/**
 * One broker and one PostgreSQL server per JVM, started on first use and stopped when the JVM
 * exits: starting them per test class would cost seconds each time for no extra isolation.
 */
public final class SharedInfrastructure {

    private SharedInfrastructure() {
    }

    public static KafkaBroker kafka() {
        return KafkaHolder.BROKER;
    }

    public static Postgres postgres() {
        return PostgresHolder.SERVER;
    }

    private static final class KafkaHolder {
        static final KafkaBroker BROKER = closeAtExit(KafkaBroker.startTemporary());
    }

    private static final class PostgresHolder {
        static final Postgres SERVER = closeAtExit(Postgres.fromEnvironment());
    }

    private static <T extends AutoCloseable> T closeAtExit(T resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception ignored) {
                // the JVM is going away; a failed close leaves only temporary files behind
            }
        }, "veille-infra-shutdown"));
        return resource;
    }
}
