package io.veille.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), started
 * from the Kafka jars: what the tests and the local stack use instead of Docker.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final KafkaRaftServer server;
    private final boolean deleteOnClose;

    private KafkaBroker(Path dataDir, int port, KafkaRaftServer server, boolean deleteOnClose) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
        this.deleteOnClose = deleteOnClose;
    }

    /** A throw-away broker on a free loopback port, its data deleted on close. */
    public static KafkaBroker startTemporary() {
        try {
            return start(Files.createTempDirectory("veille-kafka-"), FreePorts.pick(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker listening on 127.0.0.1:{@code port}; formats {@code dataDir} when it holds no
     * cluster yet, so a restart on the same directory keeps the topics.
     */
    public static KafkaBroker start(Path dataDir, int port, boolean deleteOnClose) {
        int controllerPort = FreePorts.pick();
        Properties config = config(dataDir, port, controllerPort);
        try {
            Files.createDirectories(dataDir);
            // Storage formatting writes meta.properties into log.dirs; a formatted directory must not be formatted again.
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                format(dataDir, config);
            }
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            KafkaBroker broker = new KafkaBroker(dataDir, port, server, deleteOnClose);
            VeilleTopics.ensure(broker.bootstrapServers());
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            Directories.deleteRecursively(dataDir);
        }
    }

    private static Properties config(Path dataDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        // The largest record of any topic (a raw article's dead letter, docs/architecture.md "Record size limits");
        // each topic's own max.message.bytes (VeilleTopics) is at most this.
        p.put("message.max.bytes", "10485760");
        p.put("replica.fetch.max.bytes", "10485760");
        // One node: every internal topic has one replica, and consumer groups start without waiting.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private static void format(Path dataDir, Properties config) throws IOException {
        Path file = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "Veille embedded Kafka broker");
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int exit = StorageTool$.MODULE$.execute(
                new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", file.toString()}, quiet);
        if (exit != 0) {
            throw new IllegalStateException("kafka-storage format failed with exit code " + exit + " in " + dataDir);
        }
    }
}
