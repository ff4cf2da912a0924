package io.veille.extractor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.ExtractionJson;
import io.veille.extractor.extraction.Page;

/**
 * {@code ./veille facts [--lang fr|en] [--published ISO-8601]}: reads one text per line on standard
 * input and prints, for each line (blank ones included, so outputs line up with inputs), one JSON
 * line with its lang, entities and facts. Relative dates resolve against --published; --lang is
 * the language of lines too short to tell.
 */
public final class FactsCommand {

    static final String USAGE = """
            usage: ./veille facts [--lang fr|en] [--published ISO-8601] < texts.txt
              Reads one text per line on standard input; prints one JSON line per input line:
              {lang, entities[{name, type}], facts[{type, text, start, end, value, currency, date, ...}]}.
              --published  the texts' publication date; relative dates ("il y a 3 jours", "yesterday") resolve against it
              --lang       the language to assume when a line is too short to tell""";

    private final ArticleExtractor extractor;

    public FactsCommand(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new FactsCommand(new ArticleExtractor()).run(args, System.in, out, err));
    }

    int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, false);
            if (!cl.operands().isEmpty()) {
                throw new CommandLine.UsageException("unexpected argument " + cl.operands().get(0) + " (texts come on standard input)");
            }
        } catch (CommandLine.UsageException e) {
            err.println("veille facts: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (cl.help()) {
            out.println(USAGE);
            return 0;
        }
        boolean failed = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                try {
                    Extraction e = extractor.extract(new Page(line, null, cl.lang(), cl.published()));
                    out.println(ExtractionJson.line(ExtractionJson.factsOnly(e)));
                } catch (RuntimeException e) {
                    failed = true;
                    out.println(ExtractionJson.line(ExtractionJson.error(null, e.getClass().getSimpleName() + ": " + e.getMessage())));
                }
            }
        } catch (IOException e) {
            err.println("veille facts: cannot read standard input: " + e.getMessage());
            return 1;
        }
        out.flush();
        return failed ? 1 : 0;
    }
}
