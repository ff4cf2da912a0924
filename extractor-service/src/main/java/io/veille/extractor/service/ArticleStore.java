package io.veille.extractor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.veille.extractor.assembly.ArticleSnapshot;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.extractor.persist.StoredArticle;
import io.veille.extractor.persist.StoryRepository;
import io.veille.extractor.story.StoryClustering;

/**
 * Places an article in its story and saves it, in one transaction: the story id stored and
 * returned is the one the published event must carry, and a rollback undoes both. A near-duplicate
 * of an article already stored is marked as its syndicated copy.
 */
@ApplicationScoped
public class ArticleStore {

    private final StoryClustering clustering;
    private final StoryRepository stories;
    private final ArticleRepository articles;

    public ArticleStore(StoryClustering clustering, StoryRepository stories, ArticleRepository articles) {
        this.clustering = clustering;
        this.stories = stories;
        this.articles = articles;
    }

    @Transactional
    public StoredArticle store(ArticleSnapshot snapshot) {
        ArticleSnapshot placed = snapshot;
        if (snapshot.fingerprint() != null) {
            stories.holdPlacementLock();
            StoryClustering.Assignment assignment = clustering.place(snapshot.fingerprint(), stories);
            placed = snapshot.withStory(assignment.storyId(), original(assignment.copyOf(), snapshot.article().articleId()));
        }
        return new StoredArticle(articles.save(placed), placed.article());
    }

    /** A copy of a copy is a copy of the first one; an article re-extracted keeps what it was first placed as. */
    private String original(String copyOf, String articleId) {
        if (copyOf == null) {
            return articles.findByIdOptional(articleId).map(row -> row.copyOf).orElse(null);
        }
        return articles.findByIdOptional(copyOf).map(row -> row.copyOf == null ? copyOf : row.copyOf).orElse(copyOf);
    }
}
