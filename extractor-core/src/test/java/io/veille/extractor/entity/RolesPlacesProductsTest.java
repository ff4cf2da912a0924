package io.veille.extractor.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.Page;
import io.veille.extractor.support.TestPages;

class RolesPlacesProductsTest {

    private final RuleBasedRecognizer recognizer = new RuleBasedRecognizer();

    private List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Le PDG de Doctolib, Stanislas Niox-Chateau, a présenté ses comptes.|Stanislas Niox-Chateau",
        "La directrice générale de la Banque Populaire, Hélène Dubreuil, a démissionné.|Hélène Dubreuil",
        "Le président de la République, Gaspard Berthelot, s'est exprimé mardi.|Gaspard Berthelot",
        "The CEO of Nvidia Jensen Huang spoke at the event.|Jensen Huang",
        "The chief executive of Acme Robotics, Priyanka Raman, said sales grew.|Priyanka Raman",
        "Selon la maire de Lille, Martine Aubry, le projet avance.|Martine Aubry",
    })
    void a_name_after_a_role_at_an_organisation_is_a_person(String text, String person) {
        assertThat(names(recognizer.find(text, null), EntityType.PERSON)).contains(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mistral a lancé un chatbot concurrent de ChatGPT la semaine dernière.|ChatGPT",
        "Le président apparaît en MacGyver dans une vidéo détournée.|MacGyver",
        "Apple a présenté un nouveau MacBook et un iPhone plus fin.|MacBook",
        "Les ventes de la PlayStation ont reculé.|PlayStation",
        "Une startup a dévoilé CodeGPT pour les développeurs.|CodeGPT",
    })
    void camel_case_products_and_works_are_not_organisations(String text, String product) {
        assertThat(recognizer.find(text, "fr")).extracting(Entity::name).doesNotContain(product);
    }

    @Test
    void a_camel_case_company_name_is_still_an_organisation() {
        assertThat(names(recognizer.find("La start-up française PhotoRoom a levé des fonds.", "fr"), EntityType.ORG))
                .contains("PhotoRoom");
    }

    @Test
    void countries_capitals_french_cities_and_regions_are_places() {
        String text = "Le projet relie Bordeaux, Strasbourg et l'Île-de-France, puis la Pologne. "
                + "Des délégations de Varsovie, de Lisbonne et de Singapour sont venues en Occitanie.";

        assertThat(names(recognizer.find(text, "fr"), EntityType.LOC)).contains("Bordeaux", "Strasbourg",
                "Île-de-France", "Pologne", "Varsovie", "Lisbonne", "Singapour", "Occitanie");
    }

    @Test
    void english_place_names_resolve_to_the_same_place() {
        List<Entity> found = recognizer.find("Delegations from Poland, Warsaw and Singapore met in Munich.", "en");

        assertThat(found).extracting(Entity::name, Entity::type).contains(tuple("Pologne", EntityType.LOC),
                tuple("Varsovie", EntityType.LOC), tuple("Singapour", EntityType.LOC), tuple("Munich", EntityType.LOC));
    }

    @Test
    void the_demo_page_about_paris_names_no_product_as_an_organisation() {
        ArticleExtractor extractor =
                new ArticleExtractor(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));
        Extraction e = extractor.extract(new Page(TestPages.read("paris-capitale-mondiale-ia.html"), null, "fr", null));

        assertThat(e.entities()).extracting(Entity::name).doesNotContain("ChatGPT", "MacGyver");
        assertThat(names(e.entities(), EntityType.PERSON)).contains("Emmanuel Macron");
        assertThat(names(e.entities(), EntityType.LOC)).contains("Paris", "France");
        assertThat(e.facts()).filteredOn(f -> f.type() == io.veille.contracts.FactType.QUOTE)
                .filteredOn(f -> f.quote().startsWith("Qui aurait cru"))
                .extracting(io.veille.contracts.Fact::speaker).containsExactly("Emmanuel Macron");
    }
}
