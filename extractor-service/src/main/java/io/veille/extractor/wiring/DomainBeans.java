package io.veille.extractor.wiring;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.veille.extractor.config.ExtractorConfig;
import io.veille.extractor.entity.RuleBasedRecognizer;
import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.language.LinguaDetector;
import io.veille.extractor.story.Fingerprints;
import io.veille.extractor.story.StoryClustering;

/**
 * Makes the plain-Java domain classes injectable without putting annotations on them.
 * Singletons, not proxies: they are thread-safe and some are final.
 */
public class DomainBeans {

    @Produces
    @Singleton
    ArticleExtractor articleExtractor(ExtractorConfig config) {
        // an unknown language code fails the start here, with the code in the message
        LinguaDetector languages = new LinguaDetector(config.languages(), config.languageLowAccuracy());
        return new ArticleExtractor(Clock.systemUTC(), new RuleBasedRecognizer(), languages);
    }

    @Produces
    @Singleton
    StoryClustering storyClustering(ExtractorConfig config) {
        ExtractorConfig.Stories s = config.stories();
        return new StoryClustering(new StoryClustering.Settings(s.window(), s.threshold(), s.nearDuplicateBits(), s.minSharedFeatures()));
    }

    @Produces
    @Singleton
    Fingerprints fingerprints(ExtractorConfig config) {
        return new Fingerprints(config.stories().lookBack(), config.stories().window());
    }
}
