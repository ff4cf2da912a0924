package io.veille.extractor.metadata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

import io.veille.extractor.fact.DateParser;
import io.veille.contracts.Fact;

/**
 * The publication date printed on the page when no metadata carries it: a label ("Publié le 14/03/2025",
 * "Published on 3 March 2025", "Veröffentlicht am 3.3.2025", "Datum 28.04.2023") or a wire
 * dateline ("TOULOUSE, 20 févr. 2025 (AFP)").
 * Modification labels are not read: the original date is the one wanted.
 */
final class Datelines {

    private static final Pattern LABEL = Pattern.compile(
            "(?<![\\p{L}])(?:publié|publiée|mis en ligne|mise en ligne|published|posted|first published"
                    + "|veröffentlicht|publiziert|erschienen|datum)"
                    + "(?:\\s+(?:le|on|am))?\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATELINE = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{Lu}' -]{2,30},\\s+(.{6,25}?)\\s*\\((?:AFP|Reuters|AP|dpa|Belga|ATS)\\)");
    private static final int SCAN_CHARS = 20_000;

    private Datelines() {
    }

    static Instant published(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        String text = doc.body().text();
        if (text.length() > SCAN_CHARS) {
            text = text.substring(0, SCAN_CHARS);
        }
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            Instant d = fullDate(text.substring(label.end(), Math.min(text.length(), label.end() + 40)));
            if (d != null) {
                return d;
            }
        }
        String head = doc.select("meta[name=description]").attr("content") + " " + text;
        Matcher dateline = DATELINE.matcher(head);
        if (dateline.find()) {
            return fullDate(dateline.group(1));
        }
        return null;
    }

    /** A complete day (year, month and day) at the start of the text, or null. */
    private static Instant fullDate(String text) {
        for (Fact f : DateParser.find(text, null, null)) {
            if (f.start() <= 1 && f.date() != null && f.date().length() == 10 && f.dateEnd() == null) {
                return LocalDate.parse(f.date()).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
        return null;
    }
}
