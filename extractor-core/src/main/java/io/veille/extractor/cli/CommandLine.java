package io.veille.extractor.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.veille.extractor.metadata.Timestamps;

/** The options both commands share, read strictly: an unknown or incomplete option is a usage error. */
record CommandLine(String url, Instant published, String lang, List<String> operands, boolean help) {

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static CommandLine parse(String[] args, boolean allowUrl) throws UsageException {
        String url = null;
        Instant published = null;
        String lang = null;
        boolean help = false;
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> help = true;
                case "--url" -> {
                    if (!allowUrl) {
                        throw new UsageException("unknown option --url");
                    }
                    url = value(args, ++i, a);
                }
                case "--published" -> {
                    String v = value(args, ++i, a);
                    published = Timestamps.parse(v);
                    if (published == null) {
                        throw new UsageException("--published wants an ISO-8601 date or instant, got '" + v + "'");
                    }
                }
                case "--lang" -> {
                    lang = value(args, ++i, a).toLowerCase(java.util.Locale.ROOT);
                    if (!lang.matches("[a-z]{2}")) {
                        throw new UsageException("--lang wants a two-letter language code such as fr or en, got '" + lang + "'");
                    }
                }
                case "--" -> {
                    for (i++; i < args.length; i++) {
                        operands.add(args[i]);
                    }
                }
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new UsageException("unknown option " + a);
                    }
                    operands.add(a);
                }
            }
        }
        return new CommandLine(url, published, lang, List.copyOf(operands), help);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].isBlank()) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
