package io.veille.extractor.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.contracts.UrlHash;
import io.veille.extractor.assembly.ArticleSnapshot;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class ArticleRepositoryTest {

    @Inject
    ArticleRepository articles;

    @Inject
    FactRepository facts;

    @Inject
    NamedEntityRepository entities;

    @Test
    void saving_the_same_content_twice_changes_nothing_and_new_content_replaces_the_facts() {
        String url = "https://example.test/repo-" + UUID.randomUUID();
        String id = UrlHash.of(url);
        ExtractedArticle first = article(id, url, "Il a levé 2 milliards d'euros.",
                fact("MONEY", "2 milliards d'euros", 10, 29, "2000000000", "EUR"),
                fact("MONEY", "2 milliards d'euros", 10, 29, "2000000000", "EUR"));

        assertThat(articles.save(new ArticleSnapshot(first, url, null, null))).isEqualTo(SaveOutcome.CREATED);
        List<Long> factIds = facts.ofArticle(id).stream().map(f -> f.id).toList();
        assertThat(factIds).hasSize(1);
        assertThat(articles.save(new ArticleSnapshot(first, url, null, null))).isEqualTo(SaveOutcome.UNCHANGED);
        assertThat(facts.ofArticle(id).stream().map(f -> f.id).toList()).isEqualTo(factIds);

        ExtractedArticle changed = article(id, url, "Il a levé 3 milliards de dollars.",
                fact("MONEY", "3 milliards de dollars", 10, 32, "3000000000", "USD"));
        assertThat(articles.save(new ArticleSnapshot(changed, url, null, null))).isEqualTo(SaveOutcome.UPDATED);

        assertThat(articles.count("id", id)).isEqualTo(1);
        assertThat(facts.ofArticle(id)).singleElement().satisfies(f -> {
            assertThat(f.currency).isEqualTo("USD");
            assertThat(f.value).isEqualByComparingTo("3000000000");
        });
        assertThat(entities.ofArticle(id)).singleElement().satisfies(e -> {
            assertThat(e.aliases).containsExactly("Mistral");
            assertThat(e.mentions).containsExactly(new ExtractedArticle.Span(0, 2));
        });
        assertThat(articles.findById(id).text).isEqualTo("Il a levé 3 milliards de dollars.");
    }

    private static ExtractedArticle article(String id, String url, String text, Fact... facts) {
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, id, id, url, "test", "fr", "Titre", null,
                Instant.parse("2025-02-10T00:00:00Z"), text,
                List.of(new ExtractedArticle.Entity("Mistral AI", "ORG", List.of("Mistral"), List.of(new ExtractedArticle.Span(0, 2)))),
                List.of(facts), null);
    }

    private static Fact fact(String type, String text, int start, int end, String value, String currency) {
        return new Fact(FactType.valueOf(type), text, start, end, new BigDecimal(value), currency, null, null, null, null, null, null, null);
    }
}
