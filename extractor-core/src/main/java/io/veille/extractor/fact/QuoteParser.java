package io.veille.extractor.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.Fact;
import io.veille.extractor.entity.Entity;
import io.veille.extractor.entity.EntityType;
import io.veille.extractor.entity.Mention;

/**
 * Finds quoted speech (« … », “ … ”, "…") and, when the sentence names a person, its speaker. A
 * sentence that names nobody takes the nearest person named before it in the same paragraph when
 * the quote is in French guillemets, a pronoun hands it over ("a-t-il déclaré", "dit-elle",
 * "he said") or the sentence's subject is a pronoun ("Il plaisante : \"…\""): news paragraphs
 * introduce the speaker first and quote them after.
 * Short quotes ("« Le Chat »", "la « stratégie Notre-Dame »") are names or scare quotes, not
 * speech, so a quote needs a few words.
 */
public final class QuoteParser {

    private static final Pattern QUOTED = Pattern.compile(
            "«[\\u00A0\\u202F ]?([^«»\\n]{3,1000}?)[\\u00A0\\u202F ]?»|“([^“”\\n]{3,1000}?)”|\"([^\"\\n]{3,1000}?)\"|„([^„“”\\n]{3,1000}?)[“”]");
    private static final int MIN_WORDS = 4;
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "(?<![\\p{L}'’-])(?:il|elle|he|she)(?![\\p{L}'’-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "^[\\s,;:.!?»”\"\\u00A0\\u202F-]{0,4}(?:a-t-(?:il|elle)\\s+\\p{L}+|\\p{L}+-t-(?:il|elle)|\\p{L}+-(?:il|elle)"
                    + "|(?:he|she)\\s+(?:said|says|added|told|explained|argued|warned|insisted)"
                    + "|(?:said|says|added|explained|argued|warned|insisted)\\s+(?:he|she))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
            if (speaker == null && (m.group(1) != null || handsOverToAPronoun(text, m.end())
                    || PRONOUN_SUBJECT.matcher(text).region(sentenceStart(text, m.start()), m.start()).find())) {
                speaker = nearestBefore(text, m.start(), entities);
            }
            found.add(Fact.quote(m.group(), m.start(), m.end(), speaker, quote));
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

    private static boolean handsOverToAPronoun(String text, int end) {
        Matcher p = PRONOUN_SPEAKER.matcher(text).region(end, Math.min(text.length(), end + 40));
        return p.lookingAt();
    }

    /** The person named last before the quote in its paragraph, or null. */
    private static String nearestBefore(String text, int start, List<Entity> entities) {
        int paragraph = text.lastIndexOf("\n\n", start);
        int from = paragraph < 0 ? 0 : paragraph + 2;
        String best = null;
        int bestEnd = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention mention : e.mentions()) {
                if (mention.start() >= from && mention.end() <= start && mention.end() > bestEnd && !insideQuote(text, from, mention.start())) {
                    bestEnd = mention.end();
                    best = e.name();
                }
            }
        }
        return best;
    }

    /** Whether an earlier quote in the paragraph is still open at this offset (a name quoted is not a speaker). */
    private static boolean insideQuote(String text, int from, int at) {
        String span = text.substring(from, at);
        return span.chars().filter(c -> c == '«').count() > span.chars().filter(c -> c == '»').count()
                || span.chars().filter(c -> c == '“').count() > span.chars().filter(c -> c == '”').count();
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
