package io.veille.summary.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class SubscriptionApiTest {

    private static final String KEY = "test-subscribe-key";

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @InjectWireMock
    WireMockServer receiver;

    private String hook() {
        return "http://127.0.0.1:" + receiver.port() + "/hooks/api";
    }

    private static ValidatableResponse post(String body) {
        return given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/subscriptions").then();
    }

    private static void refused(String body, String detail) {
        post(body).statusCode(400).contentType("application/problem+json").body("detail", containsString(detail));
    }

    @Test
    void a_webhook_subscription_is_created_read_replaced_and_deleted_and_its_secret_is_shown_once() {
        String secret = post("{\"target\": \"topic:ia\", \"lang\": \"fr\", \"kinds\": [\"story\"], \"channel\": \"webhook\","
                + " \"url\": \"" + hook() + "\"}")
                .statusCode(201)
                .header("Location", containsString("/api/v1/subscriptions/sub_"))
                .body("id", startsWith("sub_"), "kinds", equalTo(java.util.List.of("STORY")), "url", equalTo(hook()))
                .extract().path("secret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        String id = given().header("X-API-Key", KEY).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.secret", not(hasItem(notNullValue()))).extract().path("items[0].id");

        String read = given().header("X-API-Key", KEY).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("secret", nullValue(), "target", equalTo("topic:ia")).extract().asString();
        assertThat(read).doesNotContain(secret).doesNotContain("\"secret\"");

        given().header("X-API-Key", KEY).contentType(ContentType.JSON)
                .body("{\"target\": \"watch:no-digest-here\", \"lang\": \"en\", \"channel\": \"webhook\", \"url\": \"" + hook() + "\"}")
                .when().put("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("target", equalTo("watch:no-digest-here"), "lang", equalTo("en"), "secret", nullValue());
        given().header("X-API-Key", KEY).get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("total", equalTo(0));

        given().header("X-API-Key", KEY).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        given().header("X-API-Key", KEY).get("/api/v1/subscriptions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void an_email_subscription_gets_its_first_send_time() {
        post("{\"target\": \"watch:w1\", \"lang\": \"en\", \"channel\": \"email\", \"email\": \"lea@example.fr\","
                + " \"schedule\": \"daily 08:00\", \"timeZone\": \"Europe/Paris\"}")
                .statusCode(201).body("nextSendAt", notNullValue(), "schedule", equalTo("daily 08:00"), "secret", notNullValue());
    }

    @Test
    void an_email_digest_can_be_sent_now_and_a_webhook_subscription_cannot() {
        String email = post("{\"target\": \"watch:w-now\", \"lang\": \"fr\", \"channel\": \"email\", \"email\": \"lea@example.fr\","
                + " \"schedule\": \"weekly sun 08:00\", \"timeZone\": \"Europe/Paris\"}").statusCode(201).extract().path("id");
        given().header("X-API-Key", KEY).post("/api/v1/subscriptions/" + email + "/send").then().statusCode(202);
        // the sender takes it at once (its window has no digest: logged 'empty'), not on Sunday
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> new Db(dataSource)
                .count("select count(*) from summary.email_send where subscription_id = ?", email) > 0);

        String webhook = post("{\"target\": \"watch:w-now\", \"lang\": \"fr\", \"channel\": \"webhook\", \"url\": \"" + hook() + "\"}")
                .statusCode(201).extract().path("id");
        given().header("X-API-Key", KEY).post("/api/v1/subscriptions/" + webhook + "/send").then().statusCode(409)
                .contentType("application/problem+json");
        given().header("X-API-Key", KEY).post("/api/v1/subscriptions/sub_nobody/send").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void each_bad_field_is_a_problem_naming_it() {
        String url = hook();
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"webhook\", \"url\": \"" + url + "\", \"callback\": \"x\"}",
                "unknown field 'callback'");
        refused("{\"target\": \"ia\", \"lang\": \"fr\", \"channel\": \"webhook\", \"url\": \"" + url + "\"}", "target");
        refused("{\"target\": \"all\", \"lang\": \"de\", \"channel\": \"webhook\", \"url\": \"" + url + "\"}", "lang");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"kinds\": [\"DAILY\"], \"channel\": \"webhook\", \"url\": \"" + url + "\"}", "kinds");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"pigeon\"}", "channel");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"webhook\"}", "url is required");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"webhook\", \"url\": \"file:///etc/passwd\"}", "url");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"webhook\", \"url\": \"" + url + "\", \"email\": \"a@b.example\"}",
                "email does not apply");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"email\", \"email\": \"not-an-address\","
                + " \"schedule\": \"daily 08:00\", \"timeZone\": \"Europe/Paris\"}", "email");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"email\", \"email\": \"lea@example.fr\","
                + " \"schedule\": \"61 25 * * *\", \"timeZone\": \"Europe/Paris\"}", "schedule");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"email\", \"email\": \"lea@example.fr\","
                + " \"schedule\": \"daily 08:00\", \"timeZone\": \"Mars/Olympus\"}", "Mars/Olympus");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"kinds\": \"STORY\", \"channel\": \"webhook\", \"url\": \"" + url + "\"}",
                "kinds has the wrong type");
        post("[1, 2]").statusCode(400).body("detail", containsString("must be a subscription"));
    }

    @Test
    void a_webhook_to_a_private_address_is_refused_unless_its_host_and_port_are_allow_listed() {
        // the receiver's port is allow-listed (WireMockPeers); the next port on loopback is not
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"webhook\", \"url\": \"http://127.0.0.1:"
                + (receiver.port() + 1) + "/hook\"}", "veille.delivery.allow-private-hosts");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"webhook\", \"url\": \"http://10.1.2.3/hook\"}", "non-public");
        refused("{\"target\": \"all\", \"lang\": \"fr\", \"channel\": \"webhook\", \"url\": \"http://169.254.169.254/latest\"}", "non-public");
    }

    @Test
    void subscriptions_need_a_subscribe_or_admin_key() {
        given().get("/api/v1/subscriptions").then().statusCode(401);
        given().header("X-API-Key", "test-admin-key").get("/api/v1/subscriptions").then().statusCode(200);
    }
}
