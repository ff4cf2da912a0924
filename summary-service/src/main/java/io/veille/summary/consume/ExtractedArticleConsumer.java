package io.veille.summary.consume;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.veille.contracts.ContractViolationException;
import io.veille.contracts.ControlCharacters;
import io.veille.contracts.EventContract;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.publish.DeadLetterPublisher;
import io.veille.summary.service.ArticleDigestPipeline;
import io.veille.summary.service.SubjectDigester;

/**
 * Consumes news.articles.extracted. The method returns (so the offset may be committed) only after
 * the database transactions and the publications, or after the record went to the dead-letter
 * topic. It never throws on bad input: one bad record never stops the partition. A record is
 * read through its {@link EventContract} (JSON, schemaVersion, JSON Schema): stage parse or validate.
 */
@ApplicationScoped
public class ExtractedArticleConsumer {

    public static final String CHANNEL = "extracted-articles-in";
    private static final Logger LOG = Logger.getLogger(ExtractedArticleConsumer.class);

    private final ArticleDigestPipeline pipeline;
    private final DeadLetterPublisher deadLetters;

    public ExtractedArticleConsumer(ArticleDigestPipeline pipeline, DeadLetterPublisher deadLetters) {
        this.pipeline = pipeline;
        this.deadLetters = deadLetters;
    }

    // The request context gives the non-transactional reads (latest digest versions) their Hibernate session.
    @Incoming(CHANNEL)
    @Blocking
    @ActivateRequestContext
    public void consume(ConsumerRecord<String, String> record) {
        ExtractedArticle article;
        try {
            // blanked, not refused: PostgreSQL cannot store NUL, and a space keeps every span in place
            article = ControlCharacters.blankAll(EventContract.EXTRACTED_ARTICLE.read(record.value()));
        } catch (ContractViolationException e) {
            deadLetters.send(record, e, "validate", 1);
            return;
        } catch (RuntimeException e) {
            deadLetters.send(record, e, "parse", 1);
            return;
        }
        try {
            int published = pipeline.process(article).size();
            LOG.debugf("article %s: %d digest(s) published", article.articleId(), published);
        } catch (SubjectDigester.StageFailure e) {
            deadLetters.send(record, e.getCause(), e.stage(), e.attempts());
        } catch (RuntimeException | StackOverflowError e) {
            deadLetters.send(record, e, "digest", 1);
        }
    }
}
