package io.veille.extractor.extraction;

/**
 * The extractor's single entry point: page in, clean text with metadata, entities and facts out.
 * Plain Java and thread-safe, so the Kafka consumer, the REST API and the batch command lines share it.
 */
public final class ArticleExtractor {

    public Extraction extract(Page page) {
        throw new UnsupportedOperationException("being written");
    }
}
