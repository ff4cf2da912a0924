package io.veille.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.RawArticle;
import io.veille.contracts.Topics;

/**
 * Counts, after the pipeline settled, what was lost and what was duplicated on the way from the
 * site's pages to the digest topics. Every field is a count that must be 0, except the totals.
 *
 * @param pagesNeverPublished  site pages with no record on news.articles.raw
 * @param rawRepublished       raw records beyond the first per article (allowed: at-least-once; reported)
 * @param articlesMissing      published raw articles absent from extractor.article
 * @param articlesUnexpected   rows of extractor.article that no raw record explains
 * @param summaryArticlesMissing articles absent from the summary service's projection
 * @param factRowsDuplicated   fact rows beyond the first per (article, type, start, end)
 * @param factsMissing         facts of an article's last extracted event that extractor.fact lacks
 * @param articleDigestsMissing (article, language) pairs without an ARTICLE digest
 * @param versionGaps          digest ids whose versions are not exactly 1..n
 * @param versionsUnpublished  digest versions stored but never acknowledged by the broker
 * @param versionsNotOnTopic   stored digest versions with no record on their digest topic
 * @param topicDuplicates      digest topic records beyond the first per (digest id, version)
 * @param deadLetters          records on any *.dlq topic
 */
record DeliveryAudit(int articles, int rawRecords, int digestVersions, int digestRecords, int factRows,
                     int pagesNeverPublished, int rawRepublished, int articlesMissing, int articlesUnexpected,
                     int summaryArticlesMissing, int factRowsDuplicated, int factsMissing, int articleDigestsMissing,
                     int versionGaps, int versionsUnpublished, int versionsNotOnTopic, int topicDuplicates,
                     long deadLetters) {

    static DeliveryAudit of(StackProbe db, KafkaProbe kafka, List<String> pageUrls) {
        List<RawArticle> raw = kafka.readAll(Topics.ARTICLES_RAW).stream()
                .map(r -> EventJson.read(r.value(), RawArticle.class)).toList();
        Set<String> publishedUrls = new HashSet<>();
        Set<String> rawIds = new HashSet<>();
        raw.forEach(r -> {
            publishedUrls.add(r.canonicalUrl());
            rawIds.add(r.key());
        });
        Set<String> articleIds = db.query("select id from extractor.article", StackProbe.Rows.strings());
        Set<String> summaryIds = db.query("select id from summary.article", StackProbe.Rows.strings());

        Map<String, List<String>> storedVersions = new HashMap<>();
        db.query("select id, version, published from summary.digest order by id, version", rs -> {
            while (rs.next()) {
                storedVersions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getInt(2) + (rs.getBoolean(3) ? "" : " unpublished"));
            }
            return null;
        });
        Set<String> onTopic = new HashSet<>();
        int digestRecords = 0;
        int topicDuplicates = 0;
        for (String lang : List.of("fr", "en")) {
            for (ConsumerRecord<String, String> record : kafka.readAll(Topics.digests(lang))) {
                Digest digest = EventJson.read(record.value(), Digest.class);
                digestRecords++;
                if (!onTopic.add(digest.id() + "@" + digest.version())) {
                    topicDuplicates++;
                }
            }
        }
        int versionGaps = 0;
        int unpublished = 0;
        int notOnTopic = 0;
        int versions = 0;
        for (Map.Entry<String, List<String>> digest : storedVersions.entrySet()) {
            List<String> list = digest.getValue();
            versions += list.size();
            for (int i = 0; i < list.size(); i++) {
                String version = list.get(i);
                if (!version.split(" ")[0].equals(Integer.toString(i + 1))) {
                    versionGaps++;
                    break;
                }
            }
            for (String version : list) {
                if (version.endsWith("unpublished")) {
                    unpublished++;
                } else if (!onTopic.contains(digest.getKey() + "@" + version)) {
                    notOnTopic++;
                }
            }
        }
        Set<String> articleDigests = db.query("select subject_id || '/' || lang from summary.digest where kind = 'ARTICLE'",
                StackProbe.Rows.strings());
        int articleDigestsMissing = 0;
        for (String id : rawIds) {
            for (String lang : List.of("fr", "en")) {
                articleDigestsMissing += articleDigests.contains(id + "/" + lang) ? 0 : 1;
            }
        }
        return new DeliveryAudit(articleIds.size(), raw.size(), versions, digestRecords,
                (int) db.count("select count(*) from extractor.fact"),
                (int) pageUrls.stream().filter(url -> !publishedUrls.contains(url)).count(),
                raw.size() - rawIds.size(),
                missing(rawIds, articleIds), missing(articleIds, rawIds), missing(articleIds, summaryIds),
                (int) db.count("select coalesce(sum(n - 1), 0) from (select count(*) n from extractor.fact"
                        + " group by article_id, type, start_offset, end_offset) f"),
                factsMissing(db, kafka), articleDigestsMissing, versionGaps, unpublished, notOnTopic, topicDuplicates,
                kafka.deadLetters());
    }

    boolean clean() {
        return pagesNeverPublished == 0 && articlesMissing == 0 && articlesUnexpected == 0 && summaryArticlesMissing == 0
                && factRowsDuplicated == 0 && factsMissing == 0 && articleDigestsMissing == 0 && versionGaps == 0
                && versionsUnpublished == 0 && versionsNotOnTopic == 0 && topicDuplicates == 0 && deadLetters == 0;
    }

    private static int missing(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        return missing.size();
    }

    /** The facts of each article's last extracted event, by natural key, against the rows stored. */
    private static int factsMissing(StackProbe db, KafkaProbe kafka) {
        Map<String, ExtractedArticle> last = new HashMap<>();
        kafka.readAll(Topics.ARTICLES_EXTRACTED).forEach(r -> last.put(r.key(), EventJson.read(r.value(), ExtractedArticle.class)));
        Set<String> stored = db.query("select article_id || '|' || type || '|' || start_offset || '|' || end_offset"
                + " from extractor.fact", StackProbe.Rows.strings());
        int missing = 0;
        for (ExtractedArticle article : last.values()) {
            for (Fact fact : article.facts()) {
                missing += stored.contains(article.articleId() + "|" + fact.type() + "|" + fact.start() + "|" + fact.end()) ? 0 : 1;
            }
        }
        return missing;
    }
}
