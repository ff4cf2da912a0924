package io.veille.summary.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** veille.summary.*: the service's own settings. */
@ConfigMapping(prefix = "veille.summary")
public interface SummaryConfig {

    /** Largest POST /api/v1/summaries body accepted, in bytes. */
    @WithDefault("1048576")
    long maxSummaryBodyBytes();

    /** Characters of text (or of all articles together) an ad-hoc summary accepts. */
    @WithDefault("200000")
    int maxSummaryTextChars();

    /** Article ids an ad-hoc summary accepts at most. */
    @WithDefault("20")
    int maxSummaryArticles();

    Retry retry();

    Story story();

    Period period();

    /**
     * Digest topics seeded at start, by id: veille.summary.topics.ia.terms=IA,intelligence artificielle,AI. Once
     * stored, the API's changes win: a seed is never overwritten, and one deleted through the API is not seeded again.
     */
    Map<String, TopicConfig> topics();

    Subscriptions subscriptions();

    interface Subscriptions {

        /** How often topics and watches are read again, for the changes another replica made. */
        @WithDefault("5s")
        Duration refreshEvery();

        /** Topics added through the API at most (every article is matched against every topic); seeds do not count. */
        @WithDefault("200")
        int maxTopics();

        /** Watches at most: every ARTICLE and STORY digest is matched against every watch. */
        @WithDefault("1000")
        int maxWatches();
    }

    interface Retry {

        /** Tries of a database write or a publication before the record goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration initialBackoff();
    }

    interface Story {

        /** Quiet time after an article joins a story before its digest is rewritten: a burst costs one digest. */
        @WithDefault("3s")
        Duration debounce();

        /** How often due story and period digests are written. */
        @WithDefault("1s")
        Duration flushEvery();

        /** How often FALLBACK digests are retried with the model (LLM providers only). */
        @WithDefault("5m")
        Duration regenerateEvery();
    }

    interface Period {

        /** Quiet time after a story digest changed before the day's period digests are recomposed. */
        @WithDefault("30s")
        Duration debounce();

        /** When yesterday's and today's period digests are recomposed whatever happened (Quartz cron). */
        @WithDefault("0 5 0 * * ?")
        String cron();

        /** Days in a period: 1 (daily, the default), 7 (weeks from Monday) or any other length. */
        @WithDefault("1")
        int days();

        /** Days are cut in this time zone. */
        @WithDefault("Europe/Paris")
        ZoneId zone();

        /** Stories listed in a period digest at most. */
        @WithDefault("10")
        int topStories();

        /** Entities in the news that get their own period digest each day, at most. */
        @WithDefault("3")
        int entityScopes();

        /** Stories that must name an entity for it to get a period digest. */
        @WithDefault("2")
        int minStoriesPerEntity();
    }

    interface TopicConfig {

        Optional<String> labelFr();

        Optional<String> labelEn();

        Optional<List<String>> terms();

        /** People, organisations or places: an article naming one is on the topic. */
        Optional<List<String>> entities();

        /** Source ids; when set, only their articles are on the topic. */
        Optional<List<String>> sources();

        /** fr, en; when set, only articles in those languages are on the topic. */
        Optional<List<String>> languages();
    }
}
