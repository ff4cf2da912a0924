package io.veille.local;

import java.util.List;

/**
 * How many processes of each service the local stack runs, as Kubernetes would run replicas. The
 * crawler stays one: crawler replicas share sources through a per-source lease in PostgreSQL,
 * built in crawler-service; until it is there a second local crawler would poll every host twice.
 */
public record Replicas(int extractors, int summaries) {

    public static final Replicas ONE_EACH = new Replicas(1, 1);
    static final int MAX = 4;

    public Replicas {
        if (extractors < 1 || extractors > MAX || summaries < 1 || summaries > MAX) {
            throw new IllegalArgumentException("replicas go from 1 to " + MAX + " (extractor=" + extractors + ", summary=" + summaries + ")");
        }
    }

    /** {@code extractor=2,summary=2}; a service not named keeps one process. */
    public static Replicas parse(String list) {
        int extractors = 1;
        int summaries = 1;
        for (String entry : list.split(",")) {
            String[] pair = entry.strip().split("=", 2);
            int count;
            try {
                count = pair.length == 2 ? Integer.parseInt(pair[1].strip()) : -1;
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 0) {
                throw new IllegalArgumentException("--replicas takes SERVICE=COUNT pairs, e.g. extractor=2,summary=2 (not '" + entry + "')");
            }
            switch (pair[0].strip()) {
                case "extractor" -> extractors = count;
                case "summary" -> summaries = count;
                case "crawler" -> {
                    if (count != 1) {
                        throw new IllegalArgumentException("the local stack runs one crawler: crawler replicas share sources"
                                + " through a per-source lease in PostgreSQL (crawler-service)");
                    }
                }
                default -> throw new IllegalArgumentException("--replicas: no service '" + pair[0].strip()
                        + "' (extractor, summary or crawler)");
            }
        }
        return new Replicas(extractors, summaries);
    }

    /** The process names of a service: its module for the first ({@code summary-service}), then {@code summary-service-2}... */
    public List<String> instances(String module) {
        int count = switch (module) {
            case "extractor-service" -> extractors;
            case "summary-service" -> summaries;
            default -> 1;
        };
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> i == 1 ? module : module + "-" + i).toList();
    }

    /** The module a process name runs: {@code summary-service-2} runs summary-service. */
    public static String moduleOf(String instance) {
        return instance.replaceFirst("-\\d+$", "");
    }
}
