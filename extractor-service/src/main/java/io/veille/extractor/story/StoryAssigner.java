package io.veille.extractor.story;

import io.veille.extractor.extraction.Extraction;

/** Decides which story an article belongs to: articles about the same event share a story id. */
public interface StoryAssigner {

    String storyIdFor(String articleId, Extraction extraction);
}
