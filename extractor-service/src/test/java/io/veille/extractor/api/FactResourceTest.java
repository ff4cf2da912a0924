package io.veille.extractor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.extractor.assembly.ArticleSnapshot;
import io.veille.extractor.support.StoredArticles;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class FactResourceTest {

    @Inject
    ArticleRepository articles;

    private String surname;
    private StoredArticles february;
    private StoredArticles march;
    private StoredArticles undated;

    /** Three articles naming Élodie <surname> (spelt two ways), one that does not. */
    @BeforeEach
    void store() {
        surname = StoredArticles.uniqueWord();
        february = save(StoredArticles.article().lang("fr").title("Février").published("2025-02-10T08:00:00Z")
                .entity("Élodie " + surname, "PERSON", 2, surname)
                .money(10, "100", "EUR").money(20, "200", "USD").percent(30, "5"));
        march = save(StoredArticles.article().lang("en").title("March").published("2025-03-01T08:00:00Z")
                .entity("Elodie " + surname, "PERSON", 1)
                .money(10, "300", "EUR"));
        undated = save(StoredArticles.article().lang("fr").published(null)
                .entity("Élodie " + surname, "PERSON", 1)
                .money(10, "50", "EUR"));
        save(StoredArticles.article().published("2025-03-02T08:00:00Z").entity("Quelqu'un d'autre", "PERSON", 1)
                .money(10, "999", "EUR"));
    }

    @Test
    void facts_of_articles_naming_an_entity_come_newest_first_with_their_article_and_span() {
        given().queryParam("entity", "élodie " + surname.toLowerCase())
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.article.id", contains(march.id(), february.id(), february.id(), february.id(), undated.id()))
                .body("items[0].type", equalTo("MONEY"))
                .body("items[0].value", equalTo(300))
                .body("items[0].currency", equalTo("EUR"))
                .body("items[0].text", equalTo("x"))
                .body("items[0].start", equalTo(10))
                .body("items[0].end", equalTo(11))
                .body("items[0].article.url", equalTo(march.url()))
                .body("items[0].article.title", equalTo("March"))
                .body("items[0].article.publishedAt", equalTo("2025-03-01T08:00:00Z"))
                .body("items[0].article.lang", equalTo("en"))
                .body("items.start.subList(1, 4)", contains(10, 20, 30));
    }

    @Test
    void the_entity_matches_an_alias_in_any_case_and_without_accents() {
        given().queryParam("entity", surname.toUpperCase())
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.article.id", everyItem(equalTo(february.id())));
        given().queryParam("entity", "ELODIE  " + surname)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("total", equalTo(5));
        // a name matches whole, never in part
        given().queryParam("entity", "Élodie")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.article.id", not(hasItem(march.id())))
                .body("items.article.id", not(hasItem(february.id())));
    }

    @Test
    void type_currency_language_and_date_narrow_the_facts() {
        mine().queryParam("type", "money").queryParam("currency", "eur")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.value", contains(300, 100, 50))
                .body("items.type", everyItem(equalTo("MONEY")));
        mine().queryParam("type", "PERCENT")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.value", contains(5));
        mine().queryParam("lang", "EN")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.article.id", contains(march.id()));
        // undated articles have no place in a date range
        mine().queryParam("since", "2025-02-10T08:00:00Z")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.article.publishedAt", everyItem(startsWith("2025-0")));
        mine().queryParam("since", "2025-02-11")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.article.id", contains(march.id()));
    }

    @Test
    void pages_split_the_results_and_the_total_counts_them_all() {
        List<Integer> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var body = mine().queryParam("size", "2").queryParam("page", String.valueOf(page))
                    .when().get("/api/v1/facts")
                    .then().statusCode(200)
                    .body("total", equalTo(5))
                    .body("page", equalTo(page))
                    .body("items", hasSize(page < 2 ? 2 : 1))
                    .extract().jsonPath();
            starts.addAll(body.getList("items.start", Integer.class));
            ids.addAll(body.getList("items.article.id", String.class));
        }
        assertThat(ids).containsExactly(march.id(), february.id(), february.id(), february.id(), undated.id());
        assertThat(starts).containsExactly(10, 10, 20, 30, 10);
        mine().queryParam("size", "2").queryParam("page", "3")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items", hasSize(0));
    }

    @Test
    void bad_parameters_are_400_problems_that_name_them() {
        assertBadRequest("type", "AMOUNT", "type must be one of [MONEY, QUANTITY, PERCENT, DATE, QUOTE], was 'AMOUNT'");
        assertBadRequest("currency", "EURO", "currency must be an ISO 4217 code such as EUR, was 'EURO'");
        assertBadRequest("lang", "français", "lang must be an ISO 639 code such as fr, was 'français'");
        assertBadRequest("since", "last week", "since must be an ISO-8601 date or date-time such as 2025-02-10T00:00:00Z, was 'last week'");
        assertBadRequest("size", "0", "size must be between 1 and 100, was 0");
        assertBadRequest("page", "-1", "page must be between 0 and 2147483647, was -1");
        assertBadRequest("entity", "x".repeat(201), "entity must be at most 200 characters");
        given().queryParam("page", "2147483647").queryParam("size", "100")
                .when().get("/api/v1/facts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void assertBadRequest(String name, String value, String detail) {
        given().queryParam(name, value)
                .when().get("/api/v1/facts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", equalTo(detail));
    }

    /** Only this test's facts: the shared database holds other tests' articles too. */
    private RequestSpecification mine() {
        return given().queryParam("entity", "Élodie " + surname);
    }

    private StoredArticles save(StoredArticles article) {
        articles.save(new ArticleSnapshot(article.build(), article.url(), null, null));
        return article;
    }
}
