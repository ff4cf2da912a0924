package io.veille.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.veille.contracts.Topics;

/**
 * Reads and replays a dead-letter topic: {@code ./veille dlq list|show|replay TOPIC}. Replaying
 * puts each dead letter back on its original topic with its original key, value and headers
 * (without the veille-dlq-* ones, plus {@value Topics#DLQ_HEADER_REPLAYED_FROM}), and commits its
 * progress in the consumer group {@value #REPLAY_GROUP}: a second replay sends only what was
 * dead-lettered since. A record is committed only once the broker acknowledged its copy.
 */
public final class DeadLetterTool {

    public static final String REPLAY_GROUP = "veille-dlq-replay";
    private static final String DLQ_HEADER_PREFIX = "veille-dlq-";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** As large as the largest dead letter (a raw article plus headers). */
    private static final int MAX_RECORD_BYTES = 10 * 1024 * 1024;

    private final String bootstrap;
    private final PrintStream out;

    public DeadLetterTool(String bootstrap, PrintStream out) {
        this.bootstrap = bootstrap;
        this.out = out;
    }

    /** The dead-letter topic of a topic, or the topic itself when it is one. */
    public static String deadLetterTopic(String topic) {
        return topic.endsWith(".dlq") ? topic : Topics.deadLetter(topic);
    }

    /** One line per dead letter: position, key, stage, time, reason. */
    public int list(String topic) {
        List<ConsumerRecord<String, String>> letters = readAll(deadLetterTopic(topic), null);
        letters.forEach(r -> out.printf("%s\t%s\t%s\t%s\t%s%n", new DeadLetterPosition(r.partition(), r.offset()), r.key(),
                header(r, Topics.DLQ_HEADER_STAGE), Instant.ofEpochMilli(r.timestamp()), header(r, Topics.DLQ_HEADER_REASON)));
        return letters.size();
    }

    /** Every header of one dead letter, then its value. */
    public void show(String topic, DeadLetterPosition position) {
        String dlq = deadLetterTopic(topic);
        ConsumerRecord<String, String> r = readAll(dlq, position).stream()
                .filter(c -> c.partition() == position.partition() && c.offset() == position.offset())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dead letter at " + position + " on " + dlq));
        out.println("position: " + position);
        out.println("key: " + r.key());
        out.println("time: " + Instant.ofEpochMilli(r.timestamp()));
        for (Header h : r.headers()) {
            out.println(h.key() + ": " + new String(h.value(), StandardCharsets.UTF_8));
        }
        out.println();
        out.println(r.value() == null ? "(no value)" : r.value());
    }

    /** @return how many dead letters were put back on the original topic */
    public int replay(String topic) {
        String dlq = deadLetterTopic(topic);
        String original = dlq.substring(0, dlq.length() - ".dlq".length());
        int[] replayed = {0};
        try (KafkaConsumer<String, String> consumer = consumer(REPLAY_GROUP);
             KafkaProducer<String, String> producer = producer()) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            drain(consumer, partitions, end, r -> {
                if (r.headers().lastHeader(Topics.DLQ_HEADER_VALUE_DROPPED) != null) {
                    out.printf("skipped %s: its value was too large to keep in the dead letter%n", new DeadLetterPosition(r.partition(), r.offset()));
                } else {
                    send(producer, original, dlq, r);
                    replayed[0]++;
                }
                consumer.commitSync(Map.of(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1)));
            });
        }
        out.printf("replayed %d dead letter(s) from %s to %s%n", replayed[0], dlq, original);
        return replayed[0];
    }

    private void send(KafkaProducer<String, String> producer, String original, String dlq, ConsumerRecord<String, String> r) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : r.headers()) {
            if (!h.key().startsWith(DLQ_HEADER_PREFIX)) {
                headers.add(h);
            }
        }
        headers.add(Topics.DLQ_HEADER_REPLAYED_FROM, (dlq + "/" + r.partition() + "/" + r.offset()).getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(new ProducerRecord<>(original, null, r.key(), r.value(), headers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + r.partition() + ":" + r.offset(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot replay " + r.partition() + ":" + r.offset() + " to " + original + ": " + e.getMessage(), e);
        }
    }

    /** Every record of the topic up to its end offsets now, or only from {@code from} in its partition. */
    private List<ConsumerRecord<String, String>> readAll(String topic, DeadLetterPosition from) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer, topic).stream()
                    .filter(p -> from == null || p.partition() == from.partition()).toList();
            consumer.assign(partitions);
            if (from == null) {
                consumer.seekToBeginning(partitions);
            } else {
                partitions.forEach(p -> consumer.seek(p, from.offset()));
            }
            drain(consumer, partitions, consumer.endOffsets(partitions), records::add);
        }
        return records;
    }

    /** Hands each record to the action, in order per partition, until every partition reached {@code end}. */
    private void drain(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end,
            Consumer<ConsumerRecord<String, String>> action) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the broker at " + bootstrap + " did not deliver " + partitions + " within " + PATIENCE);
            }
            for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    action.accept(r);
                }
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        var infos = consumer.partitionsFor(topic, PATIENCE);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("no topic " + topic + " on " + bootstrap);
        }
        return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private KafkaConsumer<String, String> consumer(String group) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_RECORD_BYTES);
        if (group != null) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "-" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
