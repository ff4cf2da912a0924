package io.veille.extractor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.extractor.persist.ArticleRevisionRepository;
import io.veille.extractor.assembly.ArticleSnapshot;
import io.veille.extractor.persist.SaveOutcome;
import io.veille.extractor.support.StoredArticles;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class RevisionsTest {

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleRevisionRepository revisions;

    @Test
    void changed_content_keeps_the_previous_versions_newest_first() {
        StoredArticles v1 = StoredArticles.article().title("Premier titre").text("Première version.");
        StoredArticles v2 = StoredArticles.article().at(v1.url()).title("Deuxième titre").text("Deuxième version.");
        StoredArticles v3 = StoredArticles.article().at(v1.url()).title("Troisième titre").text("Troisième version.");
        String id = v1.id();

        assertThat(save(v1)).isEqualTo(SaveOutcome.CREATED);
        assertThat(save(v2)).isEqualTo(SaveOutcome.UPDATED);
        assertThat(save(v3)).isEqualTo(SaveOutcome.UPDATED);

        given().when().get("/api/v1/articles/" + id + "/revisions")
                .then().statusCode(200)
                .body("articleId", equalTo(id))
                .body("currentRevision", equalTo(3))
                .body("items.revision", contains(2, 1))
                .body("items.title", contains("Deuxième titre", "Premier titre"))
                .body("items.text", contains("Deuxième version.", "Première version."))
                .body("items[0].contentHash.size()", equalTo(64))
                .body("items[0].extractedAt", notNullValue());
        assertThat(articles.findById(id).text).isEqualTo("Troisième version.");
    }

    @Test
    void replaying_the_current_or_an_earlier_version_adds_no_revision() {
        StoredArticles v1 = StoredArticles.article().text("Première version.");
        StoredArticles v2 = StoredArticles.article().at(v1.url()).text("Deuxième version.");
        String id = v1.id();
        save(v1);
        save(v2);

        assertThat(save(v2)).isEqualTo(SaveOutcome.UNCHANGED);
        // a topic replayed from the start delivers version 1 again, then version 2
        assertThat(save(v1)).isEqualTo(SaveOutcome.UNCHANGED);
        assertThat(save(v2)).isEqualTo(SaveOutcome.UNCHANGED);

        assertThat(revisions.ofArticle(id)).singleElement().satisfies(r -> assertThat(r.revision).isEqualTo(1));
        assertThat(articles.findById(id).revision).isEqualTo(2);
        assertThat(articles.findById(id).text).isEqualTo("Deuxième version.");
    }

    @Test
    void a_new_article_has_revision_one_and_no_earlier_versions() {
        StoredArticles only = StoredArticles.article();
        save(only);

        given().when().get("/api/v1/articles/" + only.id() + "/revisions")
                .then().statusCode(200)
                .body("currentRevision", equalTo(1))
                .body("items", empty());
    }

    @Test
    void the_revisions_of_an_unknown_article_are_a_404_problem() {
        given().when().get("/api/v1/articles/nope/revisions")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no article with id nope"));
    }

    private SaveOutcome save(StoredArticles version) {
        return articles.save(new ArticleSnapshot(version.build(), version.url(), null, null));
    }
}
