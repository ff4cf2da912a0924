package io.veille.extractor.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real-page corpus of {@code shared/pages} (its README gives formats and metrics): the
 * {@code snippets/} set (trafilatura's evaluation pages and their with/without snippets) and the
 * {@code bodies/} set (news pages with their publishers' parser output). Pages are read lazily,
 * one at a time, so scoring the corpus never holds it in memory.
 */
final class RealCorpus {

    static final String SNIPPETS = "snippets";
    static final String BODIES = "bodies";
    private static final String PROPERTY = "veille.pages";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");

    /** A page of the snippets set: text the extraction must contain, and furniture it must not. */
    record SnippetPage(String name, String url, List<String> with, List<String> without, Path file) {
    }

    /** A page of the bodies set, with its publisher parser's reading. */
    record BodyPage(String name, String url, String country, String title, String publishedAt, List<String> authors,
                    String body, Path file) {
    }

    private RealCorpus() {
    }

    /**
     * {@code -Dveille.pages=DIR}, else the first {@code shared/pages} beside the module or one of its
     * parents (a worktree at /work/x finds /work/shared/pages); null when there is none.
     */
    static Path locate() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("pages");
            if (Files.isDirectory(candidate.resolve(SNIPPETS)) && Files.isDirectory(candidate.resolve(BODIES))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * SHA-256 over the two sets: for each file of snippets/ and bodies/ in sorted order of its
     * relative path, the path, a NUL, the size and a NUL, then the bytes. Any added, removed, renamed
     * or edited page or annotation file changes it.
     */
    static String sha256(Path root) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = new ArrayList<>();
            for (String set : List.of(SNIPPETS, BODIES)) {
                try (Stream<Path> walk = Files.walk(root.resolve(set))) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
            List<String> names = files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
            for (String name : names) {
                byte[] bytes = Files.readAllBytes(root.resolve(name));
                digest.update((name + "\u0000" + bytes.length + "\u0000").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SnippetPage> snippets(Path root) {
        Path dir = root.resolve(SNIPPETS);
        JsonNode all = readJson(dir.resolve("snippets.json"));
        List<SnippetPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : all.properties()) {
            JsonNode n = e.getValue();
            pages.add(new SnippetPage(e.getKey(), n.path("url").asText(null), strings(n.path("with")),
                    strings(n.path("without")), dir.resolve(e.getKey() + ".gz")));
        }
        pages.sort(java.util.Comparator.comparing(SnippetPage::name));
        return pages;
    }

    static List<BodyPage> bodies(Path root) {
        Path dir = root.resolve(BODIES);
        JsonNode all = readJson(dir.resolve("truth.json"));
        List<BodyPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : all.properties()) {
            JsonNode n = e.getValue();
            pages.add(new BodyPage(e.getKey(), n.path("url").asText(null), n.path("lang").asText(null),
                    n.path("title").asText(""), n.path("publishedAt").asText(null), strings(n.path("authors")),
                    n.path("body").asText(""), dir.resolve(e.getKey() + ".html.gz")));
        }
        pages.sort(java.util.Comparator.comparing(BodyPage::name));
        return pages;
    }

    /** A gzipped page as text: its BOM, else strict UTF-8, else the charset it declares, else Windows-1252. */
    static String html(Path gz) {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return decode(bytes);
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            Charset declared = declared(bytes);
            if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
                // A page that says UTF-8 and has a few bad bytes is still UTF-8; one that says nothing is most likely 1252.
                return new String(bytes, declared == null ? Charset.forName("windows-1252") : StandardCharsets.UTF_8);
            }
            return new String(bytes, declared);
        }
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
            name = "windows-1252"; // what browsers do, per the WHATWG encoding standard
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException bad) {
            return null;
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
