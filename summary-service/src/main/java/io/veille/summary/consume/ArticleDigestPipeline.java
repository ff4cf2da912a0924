package io.veille.summary.consume;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.config.SummaryConfig;
import io.veille.summary.digest.ArticleDigests;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestIds;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.digest.WrittenDigest;
import io.veille.summary.persist.ArticleRepository;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.persist.StoredDigest;
import io.veille.summary.publish.DigestPublisher;
import io.veille.support.retry.BoundedRetry;

/**
 * One extracted article to its French and English digests: store the projection, write the
 * digests unless their input is unchanged (no model call, no new version on a replay), store the
 * new versions, publish what the broker has not acknowledged yet.
 */
@ApplicationScoped
public class ArticleDigestPipeline {

    /** A stage failed after its retries; the consumer dead-letters the record. */
    public static final class StageFailure extends RuntimeException {

        private final String stage;
        private final int attempts;

        StageFailure(String stage, int attempts, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.stage = stage;
            this.attempts = attempts;
        }

        public String stage() {
            return stage;
        }

        public int attempts() {
            return attempts;
        }
    }

    private final ArticleRepository articles;
    private final DigestRepository digests;
    private final DigestWriter writer;
    private final DigestPublisher publisher;
    private final BoundedRetry retry;
    private final MeterRegistry metrics;
    private final Clock clock;

    public ArticleDigestPipeline(ArticleRepository articles, DigestRepository digests, DigestWriter writer,
            DigestPublisher publisher, SummaryConfig config, MeterRegistry metrics, Clock clock) {
        this.articles = articles;
        this.digests = digests;
        this.writer = writer;
        this.publisher = publisher;
        this.retry = new BoundedRetry(config.retry().maxAttempts(), config.retry().initialBackoff());
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @return the digests published by this call (empty when a replay changed nothing) */
    public List<Digest> process(ExtractedArticle article) {
        String contentHash = stage("persist-article", () -> articles.upsert(article));
        String inputHash = ArticleDigests.inputHash(contentHash, writer);
        List<StoredDigest> stored;
        if (unchanged(article, inputHash)) {
            stored = Bilingual.LANGUAGES.stream()
                    .map(lang -> digests.latest(DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), lang)).orElseThrow())
                    .toList();
        } else {
            WrittenDigest written = writer.write(article);
            List<DigestRepository.Candidate> candidates = ArticleDigests.of(article, written, clock.instant()).stream()
                    .map(d -> new DigestRepository.Candidate(d, inputHash))
                    .toList();
            stored = stage("persist-digest", () -> digests.saveNewVersions(candidates));
        }
        return stored.stream().filter(s -> !s.published()).map(s -> {
            stage("publish", () -> {
                publisher.publish(s.digest());
                digests.markPublished(s.digest().id(), s.digest().version());
                return null;
            });
            metrics.counter("veille.summary.digests", "status", s.digest().status(), "lang", s.digest().lang(),
                    "provider", s.digest().provider()).increment();
            return s.digest();
        }).toList();
    }

    private boolean unchanged(ExtractedArticle article, String inputHash) {
        return stage("read-digest", () -> Bilingual.LANGUAGES.stream()
                .map(lang -> digests.latest(DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), lang)))
                .allMatch((Optional<StoredDigest> s) -> s.isPresent() && s.get().inputHash().equals(inputHash)));
    }

    private <T> T stage(String name, java.util.function.Supplier<T> action) {
        try {
            return retry.run(action);
        } catch (BoundedRetry.RetriesExhausted e) {
            throw new StageFailure(name, e.attempts(), e.last());
        }
    }
}
