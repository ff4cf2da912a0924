package io.veille.extractor.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Stories kept in memory: the clustering over everything assigned so far. For batch use and tests;
 * the service keeps its stories in PostgreSQL and hands the clustering the recent ones.
 */
public final class StoryBook {

    private final StoryClustering clustering;
    private final List<StoryClustering.Member> members = new ArrayList<>();

    public StoryBook(StoryClustering clustering) {
        this.clustering = clustering;
    }

    public StoryClustering.Assignment add(Fingerprint article) {
        StoryClustering.Assignment assignment = clustering.assign(article, members);
        if (members.stream().noneMatch(m -> m.fingerprint().articleId().equals(article.articleId()))) {
            members.add(new StoryClustering.Member(assignment.storyId(), article));
        }
        return assignment;
    }

    public List<StoryClustering.Member> members() {
        return List.copyOf(members);
    }
}
