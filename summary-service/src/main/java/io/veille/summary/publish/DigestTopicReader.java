package io.veille.summary.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;

/**
 * Whether a digest version is on its topic already. Asked only before sending again a version an
 * earlier attempt may have sent (a process killed between the broker's acknowledgement and the
 * database's note of it), so that such a version goes out once. Reads from the version's creation
 * time on, which bounds the scan to the records written since.
 */
@ApplicationScoped
public class DigestTopicReader {

    /** Records carry the producer's clock; the same host's clock, with room for a step. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> kafka;
    private final Map<String, String> topics;

    /** @param kafka every {@code kafka.*} setting (servers, security), as the connector gets them */
    public DigestTopicReader(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "mp.messaging.outgoing." + DigestPublisher.CHANNEL_FR + ".topic") String frTopic,
            @ConfigProperty(name = "mp.messaging.outgoing." + DigestPublisher.CHANNEL_EN + ".topic") String enTopic) {
        this.kafka = kafka;
        this.topics = Map.of("fr", frTopic, "en", enTopic);
    }

    public boolean holds(Digest digest) {
        String topic = topics.get(digest.lang());
        if (topic == null) {
            throw new IllegalArgumentException("no digest topic for language " + digest.lang());
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(tp -> since.put(tp, digest.createdAt().minus(CLOCK_SLACK).toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> from = consumer.offsetsForTimes(since);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp offset = from.get(tp);
                consumer.seek(tp, offset == null ? end.get(tp) : offset.offset());
            }
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to " + end + " within " + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (digest.id().equals(record.key())
                            && EventJson.read(record.value(), Digest.class).version() == digest.version()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private Properties config() {
        Properties config = new Properties();
        config.putAll(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(READ_TIMEOUT.toMillis()));
        return config;
    }
}
