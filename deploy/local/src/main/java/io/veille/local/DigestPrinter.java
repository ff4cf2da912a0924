package io.veille.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a user of {@code ./veille run} watches: every digest of {@code news.digests.fr} and
 * {@code news.digests.en}, from the beginning, printed as it arrives. A group id of its own per run,
 * so every run shows every digest and never moves the services' offsets.
 */
public final class DigestPrinter implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);

    private DigestPrinter(KafkaConsumer<String, String> consumer, PrintStream out, Consumer<Digest> onDigest) {
        this.consumer = consumer;
        this.thread = new Thread(() -> loop(out, onDigest), "digest-printer");
        this.thread.setDaemon(true);
    }

    public static DigestPrinter start(String bootstrapServers, PrintStream out, Consumer<Digest> onDigest) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "veille-local-watch-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(Topics.DIGESTS_FR, Topics.DIGESTS_EN));
        DigestPrinter printer = new DigestPrinter(consumer, out, onDigest);
        printer.thread.start();
        return printer;
    }

    /** A digest as a few readable lines: language, kind, title, each item with its sources. */
    public static String format(Digest digest) {
        StringBuilder text = new StringBuilder();
        text.append("── [").append(digest.lang()).append("] ").append(digest.kind())
                .append(" digest v").append(digest.version());
        if (digest.provider() != null) {
            text.append(" · ").append(digest.provider());
            if (digest.model() != null && !digest.model().isBlank()) {
                text.append('/').append(digest.model());
            }
        }
        if (digest.status() != null) {
            text.append(" · ").append(digest.status());
        }
        text.append('\n').append("   ").append(digest.title()).append('\n');
        for (Digest.Item item : digest.items()) {
            text.append("   • ").append(item.text()).append('\n');
            for (Digest.Citation citation : item.citations()) {
                text.append("       ↳ ").append(citation.url() != null ? citation.url() : citation.articleId());
                if (citation.sourceId() != null) {
                    text.append(" (").append(citation.sourceId()).append(')');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private void loop(PrintStream out, Consumer<Digest> onDigest) {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    print(record, out, onDigest);
                }
            }
        } catch (WakeupException e) {
            // close() woke us up to stop
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private static void print(ConsumerRecord<String, String> record, PrintStream out, Consumer<Digest> onDigest) {
        try {
            Digest digest = EventJson.read(record.value(), Digest.class);
            out.println(format(digest));
            onDigest.accept(digest);
        } catch (EventJson.MalformedEventException e) {
            out.println("── " + record.topic() + " record " + record.key() + " is not a digest (" + e.getMessage() + ")\n");
        }
        out.flush();
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
