package io.veille.extractor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.ExtractionJson;
import io.veille.extractor.extraction.Page;

/**
 * {@code ./veille extract [--url URL] [--published ISO-8601] [--lang fr|en] FILE_OR_DIR...}: one
 * JSON line per page (directories are walked for *.html, *.htm and *.txt, in name order). A file
 * that cannot be read gets a line with an "error" field and the run goes on; the exit status is
 * then 1. Bad arguments print the usage and exit 2.
 */
public final class ExtractCommand {

    static final String USAGE = """
            usage: ./veille extract [--url URL] [--published ISO-8601] [--lang fr|en] FILE_OR_DIR...
              Extracts each HTML (or plain text) file and prints one JSON object per line:
              file, url, title, byline, siteName, text, lang, publishedAt, entities, facts.
              Directories are searched recursively for *.html, *.htm and *.txt.
              --url        the page's address (for all files given); canonical links resolve against it
              --published  publication date used when the page has none; relative dates resolve against it
              --lang       language hint for texts too short to tell""";

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    private final ArticleExtractor extractor;

    public ExtractCommand(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new ExtractCommand(new ArticleExtractor()).run(args, out, err));
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, true);
        } catch (CommandLine.UsageException e) {
            err.println("veille extract: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (cl.help()) {
            out.println(USAGE);
            return 0;
        }
        if (cl.operands().isEmpty()) {
            err.println("veille extract: no file or directory given");
            err.println(USAGE);
            return 2;
        }
        boolean failed = false;
        for (String operand : cl.operands()) {
            for (Path file : files(Path.of(operand))) {
                try {
                    String content = read(file);
                    Extraction e = extractor.extract(new Page(content, cl.url(), cl.lang(), cl.published()));
                    out.println(ExtractionJson.line(ExtractionJson.toJson(file.toString(), cl.url(), e)));
                } catch (IOException | RuntimeException e) {
                    failed = true;
                    String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                    out.println(ExtractionJson.line(ExtractionJson.error(file.toString(), reason)));
                }
            }
        }
        out.flush();
        return failed ? 1 : 0;
    }

    /** A file as given, or the pages under a directory in name order (a missing path is kept, to report it). */
    static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(ExtractCommand::isPage).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(path);
        }
    }

    private static boolean isPage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
    }

    /** UTF-8 when the bytes are UTF-8, else the charset the page declares, else Windows-1252; capped in size. */
    static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(ArticleExtractor.MAX_INPUT_CHARS + 4);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            Charset charset = Charset.forName("windows-1252");
            if (m.find() && Charset.isSupported(m.group(1))) {
                charset = Charset.forName(m.group(1));
            }
            return new String(bytes, charset);
        }
    }
}
