package io.veille.crawler.poll;

import io.veille.contracts.RawArticle;

/** Where fetched articles go. {@link #publish} returns only once the article is durably accepted. */
public interface RawArticleSink {

    /** @throws PublishFailedException when the article was not acknowledged */
    void publish(RawArticle article);

    class PublishFailedException extends RuntimeException {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
