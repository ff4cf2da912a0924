package io.veille.extractor.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The extractor's own settings (prefix veille.extractor). */
@ConfigMapping(prefix = "veille.extractor")
public interface ExtractorConfig {

    /** Retries of transient failures (database, publishing) before a record goes to the dead-letter topic. */
    Retry retry();

    /** Largest request body POST /api/v1/extract accepts, in bytes; larger ones get 413. */
    @WithDefault("5242880")
    long maxExtractBodyBytes();

    /**
     * ISO 639-1 codes of the languages Lingua tells apart (at least two). A smaller set is more
     * accurate and lighter; a text in a language outside it gets the closest one in it.
     */
    @WithDefault("fr,en,de,es,it,pt,nl,ru,zh,ja")
    List<String> languages();

    /** Lingua's trigram-only models: a fraction of the heap of the full ones, as good on paragraphs. */
    @WithDefault("true")
    boolean languageLowAccuracy();

    /**
     * Largest raw record (its value, in bytes) the extractor reads; a larger one is dead-lettered
     * unread. As large as the crawler's producer sends (its max.request.size).
     */
    @WithDefault("8388608")
    int maxRawRecordBytes();

    /** What one extracted article may carry, so that its event stays under the producer's max.request.size. */
    Caps caps();

    interface Caps {

        /** Characters of text kept; the rest, and the entity mentions and facts in it, are cut. */
        @WithDefault("500000")
        int maxTextChars();

        /** Entities kept, in the order found. */
        @WithDefault("1000")
        int maxEntities();

        /** Facts kept, in the order found. */
        @WithDefault("2000")
        int maxFacts();
    }

    /** Story clustering: which recent articles a new one is compared with, and how close it must be. */
    Stories stories();

    interface Stories {

        /** Articles are compared only when their anchor days (publication, named event days) are this close. */
        @WithDefault("P3D")
        Duration window();

        /** How far before its publication a day the article names still anchors it. */
        @WithDefault("P90D")
        Duration lookBack();

        /** Lowest similarity (weighted Jaccard of fingerprints, 0..1) that joins a story. */
        @WithDefault("0.08")
        double threshold();

        /** Largest SimHash distance (bits of 64) at which two texts are near-duplicates. */
        @WithDefault("6")
        int nearDuplicateBits();

        /** Fewest shared features a match needs, so one shared name never makes a story. */
        @WithDefault("2")
        int minSharedFeatures();

        /** Most recent fingerprints loaded per assignment, bounding memory and time on busy windows. */
        @WithDefault("5000")
        int maxCandidates();
    }

    interface Retry {

        /** Attempts in all, the first one included. */
        @WithDefault("3")
        int maxAttempts();

        /** Wait before the second attempt; doubled before each next one. */
        @WithDefault("PT0.2S")
        Duration initialBackoff();
    }
}
