package io.veille.extractor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class OperationsTest {

    @Test
    void readiness_is_up_with_the_database_and_kafka_checks() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void prometheus_exposes_the_extraction_latency() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("veille_extractor_extraction_seconds"));
    }

    @Test
    void the_openapi_document_lists_the_endpoints() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(containsString("/api/v1/articles/{id}"))
                .body(containsString("/api/v1/extract"));
    }
}
