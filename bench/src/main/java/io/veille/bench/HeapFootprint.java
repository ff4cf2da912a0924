package io.veille.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;

/**
 * The heap the extractor needs for a stream of pages. {@code run N} extracts N pages the way the
 * service does: each page is read afresh (a new String, like a Kafka record), extracted, and its
 * result dropped, cycling through the page set. It prints one RESULT line: pages/s, MB/s and the
 * peak heap in use right after a collection, which is the most the extractor ever kept alive
 * (plus whatever the collector had not yet reclaimed in the old generation).
 *
 * <p>{@code search [--pages N] [--heaps 256,128,...] [--out FILE]} runs {@code run N} in a fresh
 * JVM for each -Xmx, largest first, and stops at the first one that runs out of memory: the
 * smallest heap that completed is the answer.
 */
public final class HeapFootprint {

    static final int DEFAULT_PAGES = 10_000;
    static final List<Integer> DEFAULT_HEAPS_MB = List.of(256, 128, 64, 48, 32, 24, 16);
    private static final String RESULT = "RESULT ";
    private static final int OUT_OF_MEMORY_EXIT = 3; // what -XX:+ExitOnOutOfMemoryError exits with

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("run")) {
            int pages = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PAGES;
            System.out.println(RESULT + format(run(PageSet.load(), pages)));
            return;
        }
        if (args.length > 0 && args[0].equals("search")) {
            search(args);
            return;
        }
        System.err.println("usage: HeapFootprint run [PAGES] | search [--pages N] [--heaps 256,128,64] [--out FILE]");
        System.exit(2);
    }

    static Map<String, String> run(PageSet set, int count) throws InterruptedException {
        PeakAfterGc peak = PeakAfterGc.watch();
        ArticleExtractor extractor = new ArticleExtractor();
        List<PageSet.BenchPage> pages = set.pages();
        long bytes = 0;
        long textChars = 0;
        long facts = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            PageSet.BenchPage page = pages.get(i % pages.size());
            Extraction e = extractor.extract(page.read());
            bytes += page.bytes();
            textChars += e.text().length();
            facts += e.facts().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Thread.sleep(500); // GC notifications arrive on their own thread
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();

        Map<String, String> r = new LinkedHashMap<>();
        r.put("pages", Integer.toString(count));
        r.put("seconds", String.format("%.1f", seconds));
        r.put("pagesPerSecond", String.format("%.1f", count / seconds));
        r.put("mbPerSecond", String.format("%.2f", bytes / 1e6 / seconds));
        r.put("peakUsedAfterGcMb", mb(peak.peak()));
        r.put("usedAfterFinalGcMb", mb(heap.getUsed()));
        r.put("maxHeapMb", mb(heap.getMax()));
        r.put("collections", Long.toString(peak.collections()));
        r.put("collector", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining("+")).replace(' ', '_'));
        r.put("textChars", Long.toString(textChars));
        r.put("facts", Long.toString(facts));
        return r;
    }

    private static void search(String[] args) throws IOException, InterruptedException {
        int pages = DEFAULT_PAGES;
        List<Integer> heaps = DEFAULT_HEAPS_MB;
        Path out = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--heaps" -> heaps = java.util.Arrays.stream(args[++i].split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        PageSet set = PageSet.load();
        List<String> rows = new ArrayList<>();
        Integer smallest = null;
        Map<String, String> atSmallest = null;
        for (int heapMb : heaps) {
            System.err.printf("heap: -Xmx%dm, %d pages...%n", heapMb, pages);
            Map<String, String> r = runIn(heapMb, pages, set.root());
            if (r == null) {
                rows.add("| %dm | out of memory | | | | |".formatted(heapMb));
                System.err.printf("heap: -Xmx%dm ran out of memory%n", heapMb);
                break;
            }
            rows.add("| %dm | completed | %s | %s | %s | %s |".formatted(heapMb, r.get("pagesPerSecond"),
                    r.get("mbPerSecond"), r.get("peakUsedAfterGcMb"), r.get("collections")));
            System.err.printf("heap: -Xmx%dm completed: %s%n", heapMb, format(r));
            smallest = heapMb;
            atSmallest = r;
        }
        String report = markdown(set, pages, rows, smallest, atSmallest);
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.err.println("heap: wrote " + out);
        }
        System.out.print(report);
    }

    /** The run's results, or null when it ran out of memory. */
    private static Map<String, String> runIn(int heapMb, int pages, Path root) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError",
                "-Dveille.home=" + root, "-cp", System.getProperty("java.class.path"),
                HeapFootprint.class.getName(), "run", Integer.toString(pages))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit == OUT_OF_MEMORY_EXIT) {
            return null;
        }
        String line = output.lines().filter(l -> l.startsWith(RESULT)).findFirst()
                .orElseThrow(() -> new IllegalStateException("-Xmx" + heapMb + "m run exited " + exit + " without a result:\n" + output));
        Map<String, String> r = new LinkedHashMap<>();
        for (String kv : line.substring(RESULT.length()).split(" ")) {
            int eq = kv.indexOf('=');
            r.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return r;
    }

    private static String markdown(PageSet set, int pages, List<String> rows, Integer smallest, Map<String, String> r) {
        StringBuilder md = new StringBuilder();
        md.append("# Extractor heap for ").append(pages).append(" pages\n\n");
        md.append("Run ").append(Instant.now()).append(" with ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors, load average ").append(Report.loadAverage()).append(".\n\n");
        md.append("Each run is a fresh JVM (`java -Xmx… -XX:+ExitOnOutOfMemoryError io.veille.bench.HeapFootprint run ")
                .append(pages).append("`) extracting ").append(pages).append(" pages cycled from the ")
                .append(set.pages().size()).append("-page set (").append(set.totalBytes())
                .append(" bytes), one at a time, nothing kept, single thread. Largest heap first; the search stops at the first ")
                .append("out-of-memory.\n\n");
        md.append("| -Xmx | outcome | pages/s | MB/s | peak used after GC (MB) | collections |\n");
        md.append("|---|---|---|---|---|---|\n");
        rows.forEach(row -> md.append(row).append('\n'));
        md.append('\n');
        if (smallest == null) {
            md.append("No heap size completed.\n");
        } else {
            md.append("**Smallest heap that completed: -Xmx").append(smallest).append("m** (collector ")
                    .append(r.get("collector")).append("); peak heap used right after a collection ")
                    .append(r.get("peakUsedAfterGcMb")).append(" MB; ").append(r.get("usedAfterFinalGcMb"))
                    .append(" MB in use after a full collection at the end (nothing retained across pages). ")
                    .append("Throughput in that run: ").append(r.get("pagesPerSecond")).append(" pages/s, ")
                    .append(r.get("mbPerSecond")).append(" MB/s (JIT warm-up and page reads included).\n");
        }
        return md.toString();
    }

    private static String format(Map<String, String> r) {
        return r.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String mb(long bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024.0));
    }

    /** The largest heap occupancy seen right after any collection, summed over the heap pools. */
    private static final class PeakAfterGc {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();

        static PeakAfterGc watch() {
            PeakAfterGc watcher = new PeakAfterGc();
            Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    watcher.collections.incrementAndGet();
                    watcher.peak.accumulateAndGet(used, Math::max);
                }, null, null);
            }
            return watcher;
        }

        long peak() {
            return peak.get();
        }

        long collections() {
            return collections.get();
        }
    }
}
