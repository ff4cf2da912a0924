package io.veille.extractor.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stories kept in memory, for batch runs and tests: every article placed so far, in one list. */
public final class StoryBook implements StoryMemory {

    private final StoryClustering clustering;
    private final List<StoryClustering.Member> members = new ArrayList<>();

    public StoryBook(StoryClustering clustering) {
        this.clustering = clustering;
    }

    /** Places the article and remembers it. */
    public StoryClustering.Assignment add(Fingerprint article) {
        return clustering.place(article, this);
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return members.stream().filter(m -> m.fingerprint().articleId().equals(articleId)).map(StoryClustering.Member::storyId).findFirst();
    }

    @Override
    public List<StoryClustering.Member> anchoredBetween(LocalDate from, LocalDate to) {
        return members.stream()
                .filter(m -> !m.fingerprint().lastAnchor().isBefore(from) && !m.fingerprint().firstAnchor().isAfter(to))
                .toList();
    }

    @Override
    public void remember(String storyId, Fingerprint article) {
        members.add(new StoryClustering.Member(storyId, article));
    }

    public List<StoryClustering.Member> members() {
        return List.copyOf(members);
    }
}
