package io.veille.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    @Test
    void the_broker_stores_a_record_and_gives_it_back() throws Exception {
        String bootstrap = SharedInfrastructure.kafka().bootstrapServers();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("infra.check", "k", "hello")).get();
        }
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "group.id", "infra-check", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("infra.check"));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            for (int i = 0; i < 30 && records.isEmpty(); i++) {
                records = consumer.poll(Duration.ofSeconds(1));
            }
            assertThat(records.iterator().next().value()).isEqualTo("hello");
        }
    }

    @Test
    void veilles_topics_exist_before_any_client_with_the_record_limit_of_each() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()))) {
            ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, "news.articles.raw");
            ConfigResource extracted = new ConfigResource(ConfigResource.Type.TOPIC, "news.articles.extracted");
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(raw, extracted)).all().get();

            assertThat(configs.get(raw).get("max.message.bytes").value()).isEqualTo(Integer.toString(9 * 1024 * 1024));
            assertThat(configs.get(extracted).get("max.message.bytes").value()).isEqualTo(Integer.toString(5 * 1024 * 1024));
            assertThat(admin.listTopics().names().get()).containsAll(VeilleTopics.MAX_MESSAGE_BYTES.keySet());
        }
    }

    @Test
    void each_fresh_database_is_a_real_empty_postgres_database() throws Exception {
        Database db = SharedInfrastructure.postgres().freshDatabase("infra_check");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             ResultSet rs = c.createStatement().executeQuery("select current_database(), version()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db.name());
            assertThat(rs.getString(2)).startsWith("PostgreSQL");
        }
    }
}
