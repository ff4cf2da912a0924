package io.veille.summary.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The opening sentences of an article: in news writing they carry who, what, when. */
public final class LeadSentences {

    // A sentence ends at . ! ? or … followed by space and an upper-case letter or an opening quote.
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}«\"“])");

    private LeadSentences() {
    }

    public static List<String> of(String text, int maxSentences, int maxChars) {
        List<String> lead = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lead;
        }
        String firstParagraph = text.strip();
        int used = 0;
        for (String sentence : BOUNDARY.split(firstParagraph.replaceAll("\\s+", " "))) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!lead.isEmpty() && used + s.length() > maxChars) {
                break;
            }
            lead.add(s.length() > maxChars ? s.substring(0, maxChars).strip() + "…" : s);
            used += s.length();
            if (lead.size() >= maxSentences) {
                break;
            }
        }
        return lead;
    }
}
