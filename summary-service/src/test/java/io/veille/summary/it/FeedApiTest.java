package io.veille.summary.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;

import java.io.StringReader;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Topics;
import io.veille.infra.KafkaTestClient;
import io.veille.infra.VeilleTestResources;
import io.veille.summary.Articles;
import io.veille.summary.digest.DigestIds;
import io.veille.summary.digest.DigestTags;

/**
 * The Atom and RSS feeds over HTTP, read back with Rome: entries, filters, and 304 answers to a
 * reader that names the ETag or the Last-Modified it was given. A watch's feed is tagged by hand
 * (watches are written elsewhere), so it lists exactly this test's digest and stays still.
 */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class FeedApiTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    private ExtractedArticle article;
    private String digestId;
    private String watch;

    @BeforeEach
    void anArticleDigestOnAWatch() {
        article = Articles.summitIn("feed-" + UUID.randomUUID(), "feed-story-" + UUID.randomUUID());
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
        digestId = DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "en");
        Db db = new Db(dataSource);
        await().atMost(WITHIN).until(() -> db.count("select count(*) from summary.digest where id = ? and published", digestId) == 1);
        watch = "w-" + UUID.randomUUID();
        db.update("insert into summary.digest_tag (digest_id, tag) values (?, ?)", digestId, DigestTags.watch(watch));
    }

    @Test
    void a_watch_feed_lists_its_digest_and_answers_304_while_nothing_changed() throws Exception {
        Response atom = given().when().get("/feeds/watches/" + watch + "/en.atom");
        atom.then().statusCode(200).contentType(containsString("application/atom+xml"));
        SyndFeed feed = parse(atom.asString());
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactly("urn:uuid:" + digestId);
        SyndEntry entry = feed.getEntries().getFirst();
        Digest digest = given().when().get("/api/v1/digests/" + digestId).then().statusCode(200).extract().as(Digest.class);
        assertThat(entry.getTitle()).isEqualTo(digest.title());
        assertThat(entry.getUpdatedDate().toInstant()).isEqualTo(digest.createdAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(entry.getContents().getFirst().getValue()).contains("<a href=\"" + article.url() + "\">");
        assertThat(entry.getAuthor()).isEqualTo(digest.provider() + " (" + digest.model() + ")");

        String etag = atom.header("ETag");
        String lastModified = atom.header("Last-Modified");
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(lastModified).isNotBlank();
        given().header("If-None-Match", etag).when().get("/feeds/watches/" + watch + "/en.atom")
                .then().statusCode(304).body(emptyString());
        given().header("If-Modified-Since", lastModified).when().get("/feeds/watches/" + watch + "/en.atom")
                .then().statusCode(304).body(emptyString());
        given().header("If-None-Match", "\"something-else\"").when().get("/feeds/watches/" + watch + "/en.atom")
                .then().statusCode(200);
        // the RSS feed is another representation: its tag differs
        Response rss = given().when().get("/feeds/watches/" + watch + "/en.rss");
        rss.then().statusCode(200).contentType(containsString("application/rss+xml"));
        assertThat(rss.header("ETag")).isNotEqualTo(etag);
        assertThat(parse(rss.asString()).getEntries()).extracting(SyndEntry::getUri).containsExactly("urn:uuid:" + digestId);
    }

    @Test
    void kind_filters_and_the_language_and_topic_feeds_list_the_digest() throws Exception {
        assertThat(parse(given().queryParam("kind", "STORY").when().get("/feeds/watches/" + watch + "/en.rss").asString()).getEntries())
                .isEmpty();
        assertThat(parse(given().queryParam("kind", "article").when().get("/feeds/watches/" + watch + "/en.rss").asString()).getEntries())
                .hasSize(1);
        assertThat(parse(given().when().get("/feeds/watches/" + watch + "/fr.atom").asString()).getEntries()).isEmpty();
        assertThat(parse(given().when().get("/feeds/en.atom").asString()).getEntries()).extracting(SyndEntry::getUri)
                .contains("urn:uuid:" + digestId).hasSizeLessThanOrEqualTo(50);
        assertThat(parse(given().queryParam("kind", "ARTICLE").when().get("/feeds/topics/ia/en.rss").asString()).getEntries())
                .extracting(SyndEntry::getUri).contains("urn:uuid:" + digestId);
        assertThat(parse(given().when().get("/feeds/topics/energie/en.rss").asString()).getEntries())
                .extracting(SyndEntry::getUri).doesNotContain("urn:uuid:" + digestId);
    }

    @Test
    void a_bad_feed_name_language_or_kind_is_a_problem() {
        given().when().get("/feeds/de.atom").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("lang"));
        given().when().get("/feeds/fr.json").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("fr.atom"));
        given().queryParam("kind", "TWEET").when().get("/feeds/fr.rss").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("kind"));
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }
}
