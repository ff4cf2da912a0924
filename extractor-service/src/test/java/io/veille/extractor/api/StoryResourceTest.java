package io.veille.extractor.api;

import static io.restassured.RestAssured.given;
import static io.veille.infra.KafkaTestClient.await;
import static io.veille.infra.KafkaTestClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.RawArticle;
import io.veille.contracts.Topics;
import io.veille.contracts.UrlHash;
import io.veille.extractor.support.TestPages;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class StoryResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<String> SUMMIT = List.of("paris-capitale-mondiale-ia.html",
            "sommet-action-ia-souverainete-numerique.html", "offensive-francaise-ia-109-milliards.html");
    private static final List<String> VIVATECH = List.of("ia-generative-france-mistral-nvidia.html",
            "offensive-europeenne-ia-macron-nvidia.html");

    @Test
    void the_five_demo_pages_make_two_stories_and_a_replay_makes_none() {
        String base = "https://demo-" + UUID.randomUUID() + ".test/";
        Map<String, RawArticle> raws = new LinkedHashMap<>();
        for (String name : concat(SUMMIT, VIVATECH)) {
            String url = base + name;
            raws.put(name, new RawArticle(RawArticle.SCHEMA_VERSION, url, url, "demo", "fr", null,
                    Instant.parse("2025-06-20T00:00:00Z"), 200, "text/html", "utf-8", TestPages.read(name), false));
        }
        Set<String> ids = Set.copyOf(raws.values().stream().map(r -> UrlHash.of(r.url())).toList());

        raws.values().forEach(r -> send(Topics.ARTICLES_RAW, r.key(), EventJson.write(r)));
        var published = await(Topics.ARTICLES_EXTRACTED, r -> ids.contains(r.key()), 5, WAIT);
        assertThat(published).hasSize(5);

        Map<String, String> storyOf = storiesOf(raws);
        String summit = storyOf.get(SUMMIT.get(0));
        String vivatech = storyOf.get(VIVATECH.get(0));
        assertThat(SUMMIT.stream().map(storyOf::get)).containsOnly(summit);
        assertThat(VIVATECH.stream().map(storyOf::get)).containsOnly(vivatech);
        assertThat(summit).isNotEqualTo(vivatech);
        assertThat(published).allSatisfy(r -> assertThat(EventJson.read(r.value(), ExtractedArticle.class).storyId())
                .isIn(summit, vivatech));

        given().when().get("/api/v1/stories/" + vivatech)
                .then().statusCode(200)
                .body("id", equalTo(vivatech))
                .body("articleCount", equalTo(2))
                .body("languages", equalTo(List.of("fr")))
                .body("articles.id", hasItems(idOf(raws, VIVATECH.get(0)), idOf(raws, VIVATECH.get(1))))
                .body("articles[0].url", equalTo(raws.get("offensive-europeenne-ia-macron-nvidia.html").url()));
        given().when().get("/api/v1/stories/" + summit)
                .then().statusCode(200)
                .body("articles.id", hasItems(SUMMIT.stream().map(n -> idOf(raws, n)).toArray(String[]::new)));
        given().queryParam("since", "2025-06-01").queryParam("lang", "fr").when().get("/api/v1/stories")
                .then().statusCode(200)
                .body("items.id", hasItem(vivatech));
        int storiesBefore = given().queryParam("size", "100").when().get("/api/v1/stories").then().statusCode(200)
                .extract().jsonPath().getList("items").size();

        raws.values().forEach(r -> send(Topics.ARTICLES_RAW, r.key(), EventJson.write(r)));
        assertThat(await(Topics.ARTICLES_EXTRACTED, r -> ids.contains(r.key()), 10, WAIT)).hasSize(10);

        assertThat(storiesOf(raws)).isEqualTo(storyOf);
        given().queryParam("size", "100").when().get("/api/v1/stories")
                .then().statusCode(200)
                .body("items.size()", equalTo(storiesBefore));
        given().when().get("/api/v1/stories/" + vivatech).then().body("articleCount", equalTo(2));
    }

    @Test
    void an_unknown_story_is_a_404_problem_and_a_bad_parameter_a_400() {
        given().when().get("/api/v1/stories/no-such-story")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().queryParam("size", "0").when().get("/api/v1/stories")
                .then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("since", "yesterday").when().get("/api/v1/stories")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static Map<String, String> storiesOf(Map<String, RawArticle> raws) {
        Map<String, String> storyOf = new LinkedHashMap<>();
        raws.forEach((name, raw) -> storyOf.put(name, given().when().get("/api/v1/articles/" + UrlHash.of(raw.url()))
                .then().statusCode(200).extract().path("storyId")));
        return storyOf;
    }

    private static String idOf(Map<String, RawArticle> raws, String name) {
        return UrlHash.of(raws.get(name).url());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
