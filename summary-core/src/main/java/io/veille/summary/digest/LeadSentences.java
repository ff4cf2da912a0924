package io.veille.summary.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The opening sentences of an article: in news writing they carry who, what, when. Lines without
 * sentence punctuation (headings, bylines, "3 min de lecture") are skipped, so they never pass
 * for a lead.
 */
public final class LeadSentences {

    // A sentence ends at . ! ? or … followed by space and an upper-case letter or an opening quote.
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}«\"“])");
    private static final Pattern PARAGRAPHS = Pattern.compile("\\R+");
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.!?…»\"”)]\\s*$");

    private LeadSentences() {
    }

    public static List<String> of(String text, int maxSentences, int maxChars) {
        List<String> lead = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lead;
        }
        int used = 0;
        for (String paragraph : PARAGRAPHS.split(text)) {
            String p = paragraph.replaceAll("\\s+", " ").strip();
            if (!ENDS_A_SENTENCE.matcher(p).matches()) {
                continue;
            }
            for (String sentence : BOUNDARY.split(p)) {
                String s = sentence.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (!lead.isEmpty() && used + s.length() > maxChars) {
                    return lead;
                }
                lead.add(s.length() > maxChars ? s.substring(0, maxChars).strip() + "…" : s);
                used += s.length();
                if (lead.size() >= maxSentences) {
                    return lead;
                }
            }
        }
        return lead;
    }
}
