package io.veille.extractor.consume;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.veille.contracts.ContractViolationException;
import io.veille.contracts.EventContract;
import io.veille.contracts.RawArticle;
import io.veille.extractor.assembly.ArticleAssembler;
import io.veille.extractor.assembly.ArticleCaps;
import io.veille.extractor.assembly.ArticleSnapshot;
import io.veille.extractor.config.ExtractorConfig;
import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.persist.SaveOutcome;
import io.veille.extractor.persist.StoredArticle;
import io.veille.extractor.publish.DeadLetterPublisher;
import io.veille.extractor.publish.ExtractedArticlePublisher;
import io.veille.extractor.service.ArticleStore;
import io.veille.extractor.story.Fingerprints;
import io.veille.support.messaging.PublishFailures;
import io.veille.support.retry.BoundedRetry;

/**
 * Consumes news.articles.raw: check its size and contract, extract, store, publish. The method
 * returns (and the record is acknowledged, so its offset may be committed) only after the database
 * transaction and the publication, or after the record went to the dead-letter topic. Nothing
 * here throws on bad input, so one bad record never stops the partition. Stages on the dead
 * letter: parse (too large, not JSON), validate (schemaVersion, JSON Schema), extract, persist, publish.
 */
// @Startup: created at boot, so its meters are on /q/metrics before the first record arrives
@Startup
@ApplicationScoped
public class RawArticleConsumer {

    public static final String CHANNEL = "raw-articles-in";
    private static final Logger LOG = Logger.getLogger(RawArticleConsumer.class);

    private final ArticleAssembler assembler;
    private final ArticleStore articles;
    private final ExtractedArticlePublisher publisher;
    private final DeadLetterPublisher deadLetters;
    private final BoundedRetry retry;
    private final MeterRegistry metrics;
    private final Timer extractionTimer;
    private final int maxRecordBytes;

    public RawArticleConsumer(ArticleExtractor extractor, Fingerprints fingerprints, ArticleStore articles,
            ExtractedArticlePublisher publisher, DeadLetterPublisher deadLetters,
            ExtractorConfig config, MeterRegistry metrics) {
        ExtractorConfig.Caps caps = config.caps();
        this.assembler = new ArticleAssembler(extractor::extract, fingerprints,
                new ArticleCaps(caps.maxTextChars(), caps.maxEntities(), caps.maxFacts()));
        this.maxRecordBytes = config.maxRawRecordBytes();
        this.articles = articles;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.retry = new BoundedRetry(config.retry().maxAttempts(), config.retry().initialBackoff());
        this.metrics = metrics;
        this.extractionTimer = Timer.builder("veille.extractor.extraction")
                .description("time to extract one article, page to facts")
                .publishPercentileHistogram()
                .register(metrics);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        if (record.serializedValueSize() > maxRecordBytes) {
            deadLetters.send(record, new RecordTooLarge(record.serializedValueSize(), maxRecordBytes), "parse", 1);
            return;
        }
        RawArticle raw;
        try {
            raw = EventContract.RAW_ARTICLE.read(record.value());
        } catch (ContractViolationException e) {
            deadLetters.send(record, e, "validate", 1);
            return;
        } catch (RuntimeException e) {
            deadLetters.send(record, e, "parse", 1);
            return;
        }
        ArticleSnapshot snapshot;
        try {
            snapshot = extractionTimer.record(() -> assembler.assemble(raw));
        } catch (RuntimeException | StackOverflowError e) {
            deadLetters.send(record, e, "extract", 1);
            return;
        }
        StoredArticle stored;
        try {
            // the story is assigned in the article's transaction; the event published carries it
            stored = retry.run(() -> articles.store(snapshot));
        } catch (BoundedRetry.RetriesExhausted e) {
            deadLetters.send(record, e.last(), "persist", e.attempts());
            return;
        }
        try {
            retry.run(() -> {
                publisher.publish(stored.article());
                return null;
            }, PublishFailures::isCurableByRetry);
        } catch (BoundedRetry.RetriesExhausted e) {
            deadLetters.send(record, e.last(), "publish", e.attempts());
            return;
        }
        count(snapshot, stored.outcome());
    }

    private void count(ArticleSnapshot snapshot, SaveOutcome outcome) {
        metrics.counter("veille.extractor.articles", "outcome", outcome.name().toLowerCase()).increment();
        if (outcome != SaveOutcome.UNCHANGED) {
            snapshot.article().facts().forEach(f -> metrics.counter("veille.extractor.facts", "type", f.type().name()).increment());
        }
        LOG.debugf("article %s %s with %d facts", snapshot.article().articleId(), outcome, snapshot.article().facts().size());
    }

    /** A raw record larger than any the crawler sends: not read, so it cannot take the heap with it. */
    static final class RecordTooLarge extends RuntimeException {
        RecordTooLarge(int bytes, int limit) {
            super("the record is " + bytes + " bytes, more than the " + limit
                    + " a raw article may have (veille.extractor.max-raw-record-bytes)");
        }
    }
}
