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
 * returned is the one the published event must carry, and a rollback undoes both.
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
            placed = snapshot.withStory(clustering.place(snapshot.fingerprint(), stories).storyId());
        }
        return new StoredArticle(articles.save(placed), placed.article());
    }
}
