package io.veille.extractor.api;

import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.contracts.UrlHash;
import io.veille.extractor.assembly.ArticleSnapshot;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.infra.VeilleTestResources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class ArticleResourceTest {

    @Inject
    ArticleRepository articles;

    @Test
    void an_article_is_served_with_its_entities_and_facts() {
        String id = store("fr", Instant.parse("2025-02-09T17:00:00Z"));

        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("lang", equalTo("fr"))
                .body("storyId", equalTo(id))
                .body("entities[0].name", equalTo("Emmanuel Macron"))
                .body("entities[0].mentions[0].start", equalTo(0))
                .body("facts[0].type", equalTo("MONEY"))
                .body("facts[0].value", equalTo(109000000000L))
                .body("facts[0].currency", equalTo("EUR"));
    }

    @Test
    void the_list_filters_by_language_and_date() {
        String french = store("fr", Instant.parse("2025-02-10T08:00:00Z"));
        String english = store("en", Instant.parse("2025-02-10T09:00:00Z"));
        String old = store("fr", Instant.parse("2020-01-01T00:00:00Z"));

        given().queryParam("lang", "fr").queryParam("since", "2025-02-01").queryParam("size", "100")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("size", equalTo(100))
                .body("items.id", hasItem(french))
                .body("items.id", not(hasItem(english)))
                .body("items.id", not(hasItem(old)));
    }

    @Test
    void an_unknown_article_is_a_404_problem() {
        given().when().get("/api/v1/articles/nope")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("no article with id nope"));
    }

    @Test
    void bad_list_parameters_are_400_problems() {
        given().queryParam("size", "101").when().get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().queryParam("page", "two").when().get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("since", "yesterday").when().get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("since must be an ISO-8601 date or date-time such as 2025-02-10T00:00:00Z, was 'yesterday'"));
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        given().when().get("/api/v1/articles/a/b")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private String store(String lang, Instant published) {
        String url = "https://example.test/rest-" + UUID.randomUUID();
        String id = UrlHash.of(url);
        String text = "Emmanuel Macron annonce 109 milliards d'euros.";
        var article = new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, id, id, url, "test", lang, "Titre", null,
                published, text,
                List.of(new ExtractedArticle.Entity("Emmanuel Macron", "PERSON", List.of("Macron"),
                        List.of(new ExtractedArticle.Span(0, 15)))),
                List.of(new Fact(FactType.MONEY, "109 milliards d'euros", 24, 45,
                        new BigDecimal("1.09E+11"), "EUR", null, null, null, null, null, null, null)), null);
        articles.save(new ArticleSnapshot(article, url, "Le Quotidien", null));
        return id;
    }
}
