package io.veille.infra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real PostgreSQL database. The broker and
 * server are started once per test JVM and shared by every test class; each Quarkus application
 * start gets a database of its own. Quarkus's own KafkaCompanionResource is not used: it wants Docker.
 */
public class VeilleTestResources implements QuarkusTestResourceLifecycleManager {

    private Database database;

    @Override
    public Map<String, String> start() {
        database = SharedInfrastructure.postgres().freshDatabase("veille_test");
        return Map.of(
                "kafka.bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            SharedInfrastructure.postgres().dropDatabase(database.name());
        }
    }
}
