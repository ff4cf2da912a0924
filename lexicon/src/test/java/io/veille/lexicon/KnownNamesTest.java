package io.veille.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownNamesTest {

    @Test
    void french_and_english_names_of_a_country_share_one_key() {
        KnownNames.Known uae = KnownNames.lookup("Émirats arabes unis").orElseThrow();

        assertThat(KnownNames.lookup("United Arab Emirates")).contains(uae);
        assertThat(KnownNames.lookup("UAE")).contains(uae);
        assertThat(uae.key()).isEqualTo("region:AE");
        assertThat(uae.kind()).isEqualTo(KnownNames.Kind.PLACE);
        assertThat(uae.name("fr")).isEqualTo("Émirats arabes unis");
        assertThat(uae.name("en")).isEqualTo("United Arab Emirates");
    }

    @Test
    void cldr_gives_every_territory_in_both_languages_and_its_short_names() {
        assertThat(KnownNames.lookup("Allemagne").map(KnownNames.Known::en)).contains("Germany");
        assertThat(KnownNames.lookup("Nouvelle-Zélande").map(KnownNames.Known::key)).contains("region:NZ");
        assertThat(KnownNames.lookup("UK").map(KnownNames.Known::fr)).contains("Royaume-Uni");
        assertThat(KnownNames.lookup("Birmanie").map(KnownNames.Known::key)).contains("region:MM");
        assertThat(KnownNames.lookup("Europe").map(KnownNames.Known::key)).contains("region:150");
    }

    @Test
    void time_zone_cities_are_places_with_their_french_and_english_names() {
        KnownNames.Known london = KnownNames.lookup("Londres").orElseThrow();

        assertThat(london.en()).isEqualTo("London");
        assertThat(KnownNames.lookup("Le Caire").map(KnownNames.Known::en)).contains("Cairo");
        assertThat(KnownNames.lookup("Center")).isEmpty();
    }

    @Test
    void lookup_ignores_case_accents_hyphens_and_apostrophes() {
        assertThat(KnownNames.lookup("etats unis").map(KnownNames.Known::key)).contains("region:US");
        assertThat(KnownNames.lookup("Côte d’Ivoire")).isEqualTo(KnownNames.lookup("cote d'ivoire"));
    }

    @Test
    void international_bodies_are_organisations_even_when_cldr_groups_them_as_regions() {
        assertThat(KnownNames.lookup("UE").map(KnownNames.Known::kind)).contains(KnownNames.Kind.ORGANISATION);
        assertThat(KnownNames.lookup("ONU").map(KnownNames.Known::en)).contains("United Nations");
        assertThat(KnownNames.lookup("OTAN")).isEqualTo(KnownNames.lookup("NATO"));
    }

    @Test
    void thousands_of_forms_are_known() {
        assertThat(KnownNames.entries()).hasSizeGreaterThan(600);
        assertThat(KnownNames.entries()).allSatisfy(k -> assertThat(k.forms()).contains(k.fr(), k.en()));
    }
}
