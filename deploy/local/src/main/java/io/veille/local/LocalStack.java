package io.veille.local;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.veille.contracts.Digest;

/**
 * {@code ./veille run}: starts the local stack, prints a banner and then every digest as it
 * arrives, and stops everything in order on Ctrl-C or SIGTERM.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        Path home = Path.of(System.getProperty("veille.home", ".")).toAbsolutePath().normalize();
        StackOptions options;
        try {
            options = StackOptions.parse(args, home, System.getenv());
        } catch (StackOptions.HelpRequested help) {
            out.print(StackOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("veille run: " + e.getMessage());
            System.err.print(StackOptions.USAGE);
            System.exit(2);
            return;
        }

        Stack stack = new Stack(options, out);
        AtomicReference<DigestPrinter> printer = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nveille: stopping (services, then Kafka, then PostgreSQL) ...");
            DigestPrinter watching = printer.get();
            if (watching != null) {
                watching.close();
            }
            stack.close();
            out.println("veille: stopped; data kept in " + options.dataDir() + " (--fresh starts over)");
        }, "veille-shutdown"));

        try {
            stack.start();
        } catch (StackException e) {
            if (stack.isClosed()) {
                return; // Ctrl-C during start-up: the shutdown hook is stopping what was started
            }
            System.err.println("\nveille run failed: " + e.getMessage());
            System.exit(1);
        }
        out.print(banner(stack));
        out.flush();
        stack.webhookReceiver().ifPresent(receiver -> receiver.onCall(call -> {
            out.printf("-> webhook %s: delivery %s, signature %s%n", call.path(), call.header("Veille-Delivery"),
                    call.signatureValid() ? "valid" : "INVALID");
            out.flush();
        }));
        printer.set(DigestPrinter.start(stack.bootstrapServers(), out, firstDigestNote(out)));
        watchChildren(stack, out);
    }

    static String banner(Stack stack) {
        StringBuilder b = new StringBuilder("\nVeille is running.\n");
        for (ServiceProcess service : stack.services()) {
            b.append(String.format("  %-18s %s   health %s/q/health   log %s%n", service.name(), service.url(),
                    service.managementUrl(), stack.options().home().relativize(service.process().log())));
        }
        String summary = stack.serviceUrl("summary-service");
        b.append(String.format("  %-18s %s/api/v1/digests?lang=en   %s/api/v1/digests?lang=fr%n", "digests", summary, summary));
        b.append(String.format("  %-18s %s/api/v1/digests?lang=en&kind=STORY   %s/api/v1/digests?lang=fr&kind=PERIOD%n",
                "stories, periods", summary, summary));
        b.append(String.format("  %-18s curl -N '%s/api/v1/digests/stream?lang=en'%n", "live (SSE)", summary));
        b.append(String.format("  %-18s %s (X-API-Key: fetch, poll, extract, summarise, GET /api/v1/llm)%n", "admin key",
                stack.adminKey()));
        b.append(String.format("  %-18s curl -H 'X-API-Key: %s' -H 'Content-Type: application/json' -d '{\"text\": \"...\"}' %s/api/v1/summaries%n",
                "ad-hoc summary", stack.adminKey(), summary));
        b.append(String.format("  %-18s %s/api/v1/articles%n", "articles", stack.serviceUrl("extractor-service")));
        b.append(String.format("  %-18s %s%n", "Kafka", stack.bootstrapServers()));
        b.append(String.format("  %-18s %s (user %s)%n", "PostgreSQL", stack.database().jdbcUrl(), stack.database().username()));
        stack.demoSite().ifPresent(site -> b.append(String.format("  %-18s %s%n", "demo feed", site.feedUrl())));
        stack.webhookReceiver().ifPresent(receiver -> DemoSubscriptions.print(b, summary, receiver));
        stack.sourcesFile().ifPresent(file -> b.append(String.format("  %-18s %s%n", "sources", file)));
        b.append("\nDigests (news.digests.fr, news.digests.en) print below as they arrive. Ctrl-C to stop.\n\n");
        return b.toString();
    }

    /** Tells once how long the first digest took, counted from the launcher's start. */
    private static java.util.function.Consumer<Digest> firstDigestNote(PrintStream out) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        AtomicBoolean first = new AtomicBoolean(true);
        return digest -> {
            if (first.getAndSet(false)) {
                Duration took = Duration.ofMillis(System.currentTimeMillis() - jvmStart);
                out.printf("   (first digest %d s after the launcher started)%n%n", took.toSeconds());
            }
        };
    }

    /** A service that dies on its own is reported once; the rest keeps running. */
    private static void watchChildren(Stack stack, PrintStream out) throws InterruptedException {
        Set<Long> reported = new HashSet<>();
        while (true) {
            for (ChildProcess child : stack.exitedChildren()) {
                if (reported.add(child.pid())) {
                    out.println("veille: " + child.name() + " exited unexpectedly; " + child.logHint() + "\n");
                }
            }
            Thread.sleep(2_000);
        }
    }
}
