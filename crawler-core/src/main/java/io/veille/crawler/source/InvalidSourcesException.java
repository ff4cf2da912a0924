package io.veille.crawler.source;

import java.util.List;

/** The configured sources cannot be used; the message lists every problem, so one start shows them all. */
public class InvalidSourcesException extends RuntimeException {

    private final List<String> problems;

    public InvalidSourcesException(List<String> problems) {
        super("invalid crawler sources:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
