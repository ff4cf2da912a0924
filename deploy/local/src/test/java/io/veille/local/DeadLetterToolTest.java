package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.veille.contracts.Topics;
import io.veille.infra.KafkaBroker;

/** The dead-letter tool against a real broker, on topics of its own so that tests never see each other's records. */
class DeadLetterToolTest {

    private static KafkaBroker broker;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final String topic = "test.articles." + UUID.randomUUID();
    private final String dlq = Topics.deadLetter(topic);

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.startTemporary();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void list_prints_one_line_per_dead_letter_with_position_key_stage_time_and_reason() {
        deadLetter("k1", "{\"url\": not json", "parse", "not a valid RawArticle: Unrecognized token 'not'");
        deadLetter("k2", "{\"schemaVersion\":99}", "validate", "schemaVersion 99 is not supported on news.articles.raw");

        assertThat(tool().list(topic)).isEqualTo(2);

        List<String> lines = printed().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("0:0\tk1\tparse\t\\S+\tnot a valid RawArticle: Unrecognized token 'not'");
        assertThat(lines.get(1)).matches("0:1\tk2\tvalidate\t\\S+\tschemaVersion 99 is not supported on news.articles.raw");
        assertThat(Instant.parse(lines.get(0).split("\t")[3])).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void show_prints_every_header_and_the_value_of_one_dead_letter() {
        deadLetter("k1", "first", "parse", "bad");
        deadLetter("k2", "{\"schemaVersion\":99}", "validate", "schemaVersion 99 is not supported");

        tool().show(dlq, DeadLetterPosition.parse("0:1"));

        assertThat(printed()).contains("key: k2", "veille-dlq-stage: validate", "veille-dlq-reason: schemaVersion 99 is not supported",
                "traceparent: 00-abc", "{\"schemaVersion\":99}").doesNotContain("first");
        assertThatThrownBy(() -> tool().show(topic, new DeadLetterPosition(0, 7)))
                .hasMessage("no dead letter at 0:7 on " + dlq);
    }

    @Test
    void replay_puts_each_dead_letter_back_once_without_its_dead_letter_headers_and_a_second_replay_sends_nothing() {
        deadLetter("k1", "v1", "persist", "database down");
        deadLetter("k2", "v2", "persist", "database down");

        assertThat(tool().replay(topic)).isEqualTo(2);
        assertThat(tool().replay(topic)).isZero();
        deadLetter("k3", "v3", "publish", "broker away");
        assertThat(tool().replay(dlq)).isEqualTo(1);

        // keyed records land on several partitions: ordered by where they came from
        List<ConsumerRecord<String, String>> back = readAll(topic, 3).stream()
                .sorted(Comparator.comparing(r -> header(r, Topics.DLQ_HEADER_REPLAYED_FROM))).toList();
        assertThat(back).hasSize(3);
        assertThat(back).extracting(ConsumerRecord::key).containsExactly("k1", "k2", "k3");
        assertThat(back).extracting(ConsumerRecord::value).containsExactly("v1", "v2", "v3");
        assertThat(header(back.get(0), Topics.DLQ_HEADER_REPLAYED_FROM)).isEqualTo(dlq + "/0/0");
        assertThat(header(back.get(2), Topics.DLQ_HEADER_REPLAYED_FROM)).isEqualTo(dlq + "/0/2");
        assertThat(header(back.get(0), "traceparent")).isEqualTo("00-abc");
        assertThat(back.get(0).headers().lastHeader(Topics.DLQ_HEADER_REASON)).isNull();
        assertThat(back.get(0).headers().lastHeader(Topics.DLQ_HEADER_STAGE)).isNull();
    }

    @Test
    void a_dead_letter_whose_value_was_dropped_is_skipped_and_not_offered_again() {
        RecordHeaders headers = headers("parse", "the record is too large");
        headers.add(Topics.DLQ_HEADER_VALUE_DROPPED, "9000000".getBytes(StandardCharsets.UTF_8));
        send(dlq, "big", null, headers);
        deadLetter("k2", "v2", "persist", "database down");

        assertThat(tool().replay(topic)).isEqualTo(1);
        assertThat(tool().replay(topic)).isZero();

        assertThat(printed()).contains("skipped 0:0: its value was too large to keep in the dead letter");
        assertThat(readAll(topic, 1)).extracting(ConsumerRecord::key).containsExactly("k2");
    }

    @Test
    void the_command_line_takes_a_bootstrap_and_refuses_a_wrong_shape_with_its_usage() {
        deadLetter("k1", "v1", "parse", "bad");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        assertThat(DlqCommand.run(new String[] {"list", topic, "--bootstrap", broker.bootstrapServers()}, out, errors)).isZero();
        assertThat(printed()).startsWith("0:0\tk1\tparse\t");
        assertThat(DlqCommand.run(new String[] {"show", topic}, out, errors)).isEqualTo(2);
        assertThat(DlqCommand.run(new String[] {"show", topic, "12", "--bootstrap=" + broker.bootstrapServers()}, out, errors)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ./veille dlq list TOPIC")
                .contains("veille dlq: not a dead-letter position: '12' (expected PARTITION:OFFSET, e.g. 0:12)");
    }

    private DeadLetterTool tool() {
        return new DeadLetterTool(broker.bootstrapServers(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private void deadLetter(String key, String value, String stage, String reason) {
        send(dlq, key, value, headers(stage, reason));
    }

    private static RecordHeaders headers(String stage, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-abc".getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.DLQ_HEADER_EXCEPTION, "java.lang.IllegalStateException".getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.DLQ_HEADER_REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.DLQ_HEADER_STAGE, stage.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.DLQ_HEADER_ATTEMPTS, "1".getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** On partition 0, so that positions are predictable. */
    private static void send(String topic, String key, String value, RecordHeaders headers) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, 0, key, value, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the topic, read until at least {@code atLeast} came and the end was reached. */
    private static List<ConsumerRecord<String, String>> readAll(String topic, int atLeast) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (Instant.now().isBefore(deadline)
                    && (records.size() < atLeast || !partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p)))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
