package io.veille.summary.llm;

import java.util.ArrayList;
import java.util.List;

import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.summary.digest.DigestSubject;

/**
 * The facts of a subject as the prompt numbers them (F1, F2, …, article by article, oldest
 * article first), so that the answer's fact ids resolve to the fact and to the article that
 * states it. Capped, facts of every article before the cap is reached, so that a long story does
 * not blow the input budget.
 */
public final class PromptFacts {

    public record Numbered(String id, Fact fact, ExtractedArticle article, int articleIndex) {
    }

    private final List<Numbered> facts;

    public PromptFacts(DigestSubject subject, int maxFacts) {
        List<Numbered> numbered = new ArrayList<>();
        int perArticle = Math.max(1, maxFacts / subject.articles().size());
        for (int a = 0; a < subject.articles().size(); a++) {
            ExtractedArticle article = subject.articles().get(a);
            int taken = 0;
            for (Fact fact : article.facts()) {
                if (taken++ >= perArticle || numbered.size() >= maxFacts) {
                    break;
                }
                numbered.add(new Numbered("F" + (numbered.size() + 1), fact, article, a + 1));
            }
        }
        this.facts = List.copyOf(numbered);
    }

    public List<Numbered> all() {
        return facts;
    }

    /** The fact with that id ("F3"), if the prompt listed one. */
    public java.util.Optional<Numbered> byId(String id) {
        if (id == null || !id.matches("F\\d{1,4}")) {
            return java.util.Optional.empty();
        }
        int index = Integer.parseInt(id.substring(1)) - 1;
        return index >= 0 && index < facts.size() ? java.util.Optional.of(facts.get(index)) : java.util.Optional.empty();
    }
}
