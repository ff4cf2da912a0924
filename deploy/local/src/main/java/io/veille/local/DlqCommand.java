package io.veille.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./veille dlq list|show|replay TOPIC [PARTITION:OFFSET] [--bootstrap HOST:PORT]}: the
 * dead letters of a topic (its name or its .dlq name), on the broker of {@code ./veille run} unless told otherwise.
 */
public final class DlqCommand {

    /** The broker {@code ./veille run} starts (StackOptions' default Kafka port). */
    public static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";

    static final String USAGE = """
            usage: ./veille dlq list TOPIC [--bootstrap HOST:PORT]
                   ./veille dlq show TOPIC PARTITION:OFFSET [--bootstrap HOST:PORT]
                   ./veille dlq replay TOPIC [--bootstrap HOST:PORT]
              TOPIC is a topic (news.articles.raw) or its dead-letter topic (news.articles.raw.dlq);
              the broker defaults to ./veille run's, %s""".formatted(DEFAULT_BOOTSTRAP);

    private DlqCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** @return the exit code: 0 done, 1 failed, 2 bad usage */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        String bootstrap = DEFAULT_BOOTSTRAP;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--bootstrap") && i + 1 < args.length) {
                bootstrap = args[++i];
            } else if (args[i].startsWith("--bootstrap=")) {
                bootstrap = args[i].substring("--bootstrap=".length());
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                out.println(USAGE);
                return 0;
            } else {
                words.add(args[i]);
            }
        }
        String action = words.isEmpty() ? "" : words.get(0);
        boolean shape = switch (action) {
            case "list", "replay" -> words.size() == 2;
            case "show" -> words.size() == 3;
            default -> false;
        };
        if (!shape) {
            err.println(USAGE);
            return 2;
        }
        DeadLetterTool tool = new DeadLetterTool(bootstrap, out);
        try {
            switch (action) {
                case "list" -> tool.list(words.get(1));
                case "show" -> tool.show(words.get(1), DeadLetterPosition.parse(words.get(2)));
                default -> tool.replay(words.get(1));
            }
            return 0;
        } catch (RuntimeException e) {
            err.println("veille dlq: " + e.getMessage());
            return 1;
        }
    }
}
