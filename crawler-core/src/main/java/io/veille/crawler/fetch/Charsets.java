package io.veille.crawler.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the charset a document is written in, in the order browsers use: header, then the document itself. */
public final class Charsets {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers look for the meta declaration in the first 1024 bytes; a little more is harmless. */
    private static final int SNIFF_BYTES = 4096;

    private Charsets() {
    }

    public static Charset detect(String contentType, byte[] body) {
        return fromContentType(contentType)
                .or(() -> fromBom(body))
                .or(() -> fromDocument(body))
                .orElse(StandardCharsets.UTF_8);
    }

    static Optional<Charset> fromContentType(String contentType) {
        return contentType == null ? Optional.empty() : firstGroup(HEADER_CHARSET.matcher(contentType)).flatMap(Charsets::named);
    }

    private static Optional<Charset> fromBom(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> fromDocument(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        return firstGroup(XML_ENCODING.matcher(head))
                .or(() -> firstGroup(META_CHARSET.matcher(head)))
                .flatMap(Charsets::named);
    }

    private static Optional<String> firstGroup(Matcher matcher) {
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // As in the WHATWG encoding standard: pages that say latin-1 are windows-1252 in practice.
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
                return Optional.of(Charset.forName("windows-1252"));
            }
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
