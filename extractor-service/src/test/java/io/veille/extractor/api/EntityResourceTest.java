package io.veille.extractor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.extractor.assembly.ArticleSnapshot;
import io.veille.extractor.support.StoredArticles;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class EntityResourceTest {

    @Inject
    ArticleRepository articles;

    private String surname;
    private StoredArticles february;
    private StoredArticles march;

    /** Élodie <surname> in two articles, spelt two ways with different aliases, and her company in one. */
    @BeforeEach
    void store() {
        surname = StoredArticles.uniqueWord();
        february = save(StoredArticles.article().published("2025-02-10T08:00:00Z")
                .entity("Élodie " + surname, "PERSON", 3, surname)
                .entity(surname + " Industries", "ORG", 1));
        march = save(StoredArticles.article().published("2025-03-01T08:00:00Z")
                .entity("Elodie " + surname, "PERSON", 2, "Mme " + surname));
    }

    @Test
    void entities_are_grouped_across_articles_with_their_aliases_and_counts() {
        given().queryParam("q", surname.toLowerCase())
                .when().get("/api/v1/entities")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.type", contains("PERSON", "ORG"))
                .body("items[0].name", equalTo("Elodie " + surname))
                .body("items[0].key", equalTo("elodie " + surname.toLowerCase()))
                .body("items[0].aliases", contains("Mme " + surname, surname, "Élodie " + surname))
                .body("items[0].articles", equalTo(2))
                .body("items[0].mentions", equalTo(5))
                .body("items[0].lastSeen", equalTo("2025-03-01T08:00:00Z"))
                .body("items[1].name", equalTo(surname + " Industries"))
                .body("items[1].aliases", hasSize(0))
                .body("items[1].articles", equalTo(1))
                .body("items[1].mentions", equalTo(1))
                .body("items[1].lastSeen", equalTo("2025-02-10T08:00:00Z"));
    }

    @Test
    void the_search_matches_part_of_a_name_or_an_alias_in_any_case_and_without_accents() {
        // "lodie <surname>" is inside the name; the whole group answers, with both its articles
        given().queryParam("q", "LODIE " + surname)
                .when().get("/api/v1/entities")
                .then().statusCode(200)
                .body("items.name", contains("Elodie " + surname))
                .body("items[0].articles", equalTo(2));
        // only the March article has this alias
        given().queryParam("q", "mme " + surname.toUpperCase())
                .when().get("/api/v1/entities")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].articles", equalTo(2));
        given().queryParam("q", "élodie " + surname.substring(0, 4))
                .when().get("/api/v1/entities")
                .then().statusCode(200)
                .body("items.key", contains("elodie " + surname.toLowerCase()));
        // wildcards are taken literally
        given().queryParam("q", surname + "%")
                .when().get("/api/v1/entities")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void the_type_filter_and_pages_narrow_the_list() {
        given().queryParam("q", surname).queryParam("type", "org")
                .when().get("/api/v1/entities")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.name", contains(surname + " Industries"));
        given().queryParam("q", surname).queryParam("size", "1").queryParam("page", "1")
                .when().get("/api/v1/entities")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items.type", contains("ORG"));
    }

    @Test
    void the_articles_of_an_entity_are_listed_by_name_or_alias_newest_first() {
        given().when().get("/api/v1/entities/PERSON/{name}/articles", "ELODIE " + surname)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(march.id(), february.id()));
        given().when().get("/api/v1/entities/person/{name}/articles", "Mme " + surname)
                .then().statusCode(200)
                .body("items.id", contains(march.id()));
        given().when().get("/api/v1/entities/ORG/{name}/articles", "Élodie " + surname)
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void bad_parameters_are_400_problems() {
        given().queryParam("type", "THING")
                .when().get("/api/v1/entities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("type must be one of [PERSON, ORG, LOC], was 'THING'"));
        given().queryParam("size", "101")
                .when().get("/api/v1/entities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("size must be between 1 and 100, was 101"));
        given().queryParam("q", "y".repeat(201))
                .when().get("/api/v1/entities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("q must be at most 200 characters"));
        given().when().get("/api/v1/entities/THING/x/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private StoredArticles save(StoredArticles article) {
        articles.save(new ArticleSnapshot(article.build(), article.url(), null, null));
        return article;
    }
}
