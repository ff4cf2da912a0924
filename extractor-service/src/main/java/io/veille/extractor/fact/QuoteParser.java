package io.veille.extractor.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.extractor.entity.Entity;
import io.veille.extractor.entity.EntityType;
import io.veille.extractor.entity.Mention;

/**
 * Finds quoted speech (« … », “ … ”, "…") and, when the sentence names a person, its speaker.
 * Short quotes ("« Le Chat »", "la « stratégie Notre-Dame »") are names or scare quotes, not
 * speech, so a quote needs a few words.
 */
public final class QuoteParser {

    private static final Pattern QUOTED = Pattern.compile(
            "«[\\u00A0\\u202F ]?([^«»\\n]{3,1000}?)[\\u00A0\\u202F ]?»|“([^“”\\n]{3,1000}?)”|\"([^\"\\n]{3,1000}?)\"|„([^„“”\\n]{3,1000}?)[“”]");
    private static final int MIN_WORDS = 4;

    private QuoteParser() {
    }

    public static List<Fact> find(String text, List<Entity> entities) {
        List<Fact> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            // The comma that hands over to "he said" belongs to the sentence, not to the words quoted.
            String quote = firstNonNull(m.group(1), m.group(2), m.group(3), m.group(4)).strip().replaceFirst("[,;]$", "");
            if (quote.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            String speaker = speaker(text, m.start(), m.end(), entities);
            found.add(new Fact(FactType.QUOTE, m.group(), m.start(), m.end(), null, null, null, null, null, null,
                    speaker, quote));
        }
        return found;
    }

    /** The person named nearest to the quote within its sentence, or null. */
    private static String speaker(String text, int start, int end, List<Entity> entities) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention mention : e.mentions()) {
                boolean inSentence = mention.start() >= from && mention.end() <= to;
                boolean outsideQuote = mention.end() <= start || mention.start() >= end;
                if (inSentence && outsideQuote) {
                    int distance = mention.end() <= start ? start - mention.end() : mention.start() - end;
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = e.name();
                    }
                }
            }
        }
        return best;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }
}
