package io.veille.extractor.story;

import io.veille.extractor.extraction.Extraction;

/**
 * Until clustering exists (issue 3) every article is a story of its own, with the article id as
 * story id: deterministic, so replays keep the same id, and a later clustering can merge these
 * singleton stories without renaming what consumers already saw as an article.
 */
public final class OneStoryPerArticle implements StoryAssigner {

    @Override
    public String storyIdFor(String articleId, Extraction extraction) {
        return articleId;
    }
}
