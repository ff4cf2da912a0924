package io.veille.extractor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.veille.extractor.support.Pages;
import io.veille.infra.VeilleTestResources;
import io.veille.testsupport.http.ReadKeyProfile;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class ExtractResourceTest {

    private static RequestSpecification admin() {
        return given().header("X-API-Key", ReadKeyProfile.ADMIN_KEY);
    }

    @Test
    void a_page_is_extracted_like_the_command_line_does() {
        admin().contentType(ContentType.JSON)
                .body(Map.of("html", Pages.SUMMIT_HTML, "url", "https://example.test/sommet", "published", "2025-02-09T18:30:00+01:00"))
                .when().post("/api/v1/extract")
                .then().log().ifValidationFails().statusCode(200)
                .contentType(ContentType.JSON)
                .body("url", equalTo("https://example.test/sommet"))
                .body("lang", equalTo("fr"))
                .body("text", containsString("109 milliards d'euros"))
                .body("facts.findAll { it.type == 'MONEY' }.value", hasItem(109000000000L))
                .body("facts.findAll { it.type == 'MONEY' }.currency", hasItem("EUR"));
    }

    @Test
    void extracting_needs_an_admin_key_although_reading_needs_none_here() {
        given().get("/api/v1/articles").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "Bonjour."))
                .when().post("/api/v1/extract")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_body_without_html_or_text_is_a_400_problem() {
        admin().contentType(ContentType.JSON).body(Map.of("url", "https://example.test/x"))
                .when().post("/api/v1/extract")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("'html' or 'text'"));
    }

    @Test
    void malformed_json_is_a_400_problem() {
        admin().contentType(ContentType.JSON).body("{\"html\": ")
                .when().post("/api/v1/extract")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"));
    }

    @Test
    void a_bad_publication_date_is_a_400_problem() {
        admin().contentType(ContentType.JSON).body(Map.of("text", "Bonjour.", "published", "hier"))
                .when().post("/api/v1/extract")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_body_over_5_mb_is_a_413_problem() {
        String big = "{\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}";
        admin().contentType(ContentType.JSON).body(big)
                .when().post("/api/v1/extract")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }
}
