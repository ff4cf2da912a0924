package io.veille.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the broker as a process of its own (the local stack's child): {@code KafkaBrokerMain PORT DATA_DIR}.
 * Prints {@code READY <bootstrap>} once it accepts clients, and shuts down cleanly on SIGTERM.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: KafkaBrokerMain PORT DATA_DIR");
            System.exit(2);
        }
        KafkaBroker broker = KafkaBroker.start(Path.of(args[1]), Integer.parseInt(args[0]), false);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-broker-shutdown"));
        System.out.println("READY " + broker.bootstrapServers());
        System.out.flush();
        stopped.await();
    }
}
