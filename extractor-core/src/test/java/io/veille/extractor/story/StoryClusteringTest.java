package io.veille.extractor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.Page;

class StoryClusteringTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(Clock.fixed(Instant.parse("2025-12-31T00:00:00Z"), ZoneOffset.UTC));
    private static final Fingerprints FINGERPRINTS = new Fingerprints(Duration.ofDays(90), Duration.ofDays(3));

    static final String FRENCH = """
            Le groupe canadien Brookfield investira 20 milliards d'euros dans des centres de données en France,
            a annoncé l'Élysée lundi 10 février 2025 en ouverture du sommet sur l'intelligence artificielle à Paris.
            Les Émirats arabes unis promettent jusqu'à 50 milliards d'euros. Emmanuel Macron a salué un
            engagement historique pour la souveraineté numérique européenne, aux côtés de Fluidstack.""";
    static final String ENGLISH = """
            Canadian asset manager Brookfield will invest 20 billion euros in French data centres, the Elysee said on
            February 10, 2025 as the artificial intelligence summit opened in Paris. The United Arab Emirates pledged up
            to 50 billion euros. Emmanuel Macron hailed a historic commitment while Fluidstack announced a
            supercomputer project.""";
    static final String BAKERY = """
            Emmanuel Macron a visité mardi une boulangerie de Tours, où il a goûté la galette des rois et discuté
            avec les apprentis de la formation professionnelle et du prix de la farine dans la région Centre.""";
    static final String PENSIONS = """
            Emmanuel Macron a défendu mercredi à Marseille la réforme des retraites devant les élus locaux, promettant
            une concertation avec les syndicats sur la pénibilité et les carrières longues avant l'été.""";

    private static Fingerprint fingerprint(String id, String text, String lang, String published) {
        Instant at = Instant.parse(published);
        String html = "<html lang=\"" + lang + "\"><body><article><p>" + text + "</p></article></body></html>";
        Extraction e = EXTRACTOR.extract(new Page(html, "https://example.test/" + id, lang, at));
        return FINGERPRINTS.of(id, e.lang(), e.title(), at, e);
    }

    private static StoryBook book() {
        return new StoryBook(new StoryClustering(StoryClustering.Settings.defaults()));
    }

    @Test
    void a_french_and_an_english_article_about_the_same_event_share_a_story() {
        StoryBook book = book();
        Fingerprint fr = fingerprint("fr", FRENCH, "fr", "2025-02-10T12:00:00Z");
        Fingerprint en = fingerprint("en", ENGLISH, "en", "2025-02-10T18:00:00Z");

        assertThat(fr.features()).contains("money:20000000000 EUR", "date:2025-02-10", "entity:brookfield");
        assertThat(en.features()).contains("money:20000000000 EUR", "date:2025-02-10", "entity:brookfield");
        StoryClustering.Assignment first = book.add(fr);
        StoryClustering.Assignment second = book.add(en);

        assertThat(first.newStory()).isTrue();
        assertThat(first.storyId()).isEqualTo("fr");
        assertThat(second.newStory()).isFalse();
        assertThat(second.storyId()).isEqualTo("fr");
    }

    @Test
    void articles_sharing_only_a_common_name_stay_apart() {
        StoryBook book = book();
        Fingerprint bakery = fingerprint("bakery", BAKERY, "fr", "2025-01-07T10:00:00Z");
        Fingerprint pensions = fingerprint("pensions", PENSIONS, "fr", "2025-01-08T10:00:00Z");

        assertThat(Similarity.sharedCount(bakery, pensions)).isEqualTo(1);
        assertThat(book.add(bakery).storyId()).isEqualTo("bakery");
        assertThat(book.add(pensions).storyId()).isEqualTo("pensions");
    }

    @Test
    void the_same_facts_a_month_later_start_a_new_story() {
        StoryBook book = book();
        String undated = FRENCH.replace("lundi 10 février 2025", "lundi");
        Fingerprint early = fingerprint("early", undated, "fr", "2025-02-10T12:00:00Z");
        Fingerprint late = fingerprint("late", undated.replace("Brookfield", "Brookfield Asset Management"), "fr", "2025-03-14T12:00:00Z");

        book.add(early);

        assertThat(book.add(late).newStory()).isTrue();
        assertThat(new StoryClustering(StoryClustering.Settings.defaults()).withinWindow(early, late)).isFalse();
    }

    @Test
    void an_article_looking_back_at_a_named_day_is_anchored_there() {
        Fingerprint review = fingerprint("review", FRENCH.replace("a annoncé", "avait annoncé"), "fr", "2025-03-30T12:00:00Z");
        Fingerprint live = fingerprint("live", ENGLISH, "en", "2025-02-10T12:00:00Z");

        assertThat(review.anchors()).contains(java.time.LocalDate.parse("2025-02-10"));
        assertThat(book().add(live).storyId()).isEqualTo("live");
        StoryBook book = book();
        book.add(live);
        assertThat(book.add(review).storyId()).isEqualTo("live");
    }

    @Test
    void a_near_duplicate_joins_even_without_shared_facts() {
        String wire = "Le conseil municipal a voté hier soir la rénovation complète de la piscine du quartier nord, "
                + "fermée depuis trois ans, ainsi que la création d'un bassin extérieur, d'une salle de sport et "
                + "d'un parking à vélos couvert pour les habitants et les écoles voisines. Les travaux commenceront "
                + "à la fin de l'année scolaire et dureront dix-huit mois selon l'adjoint chargé des sports, qui a "
                + "présenté les plans aux associations de nageurs, aux clubs de plongée et aux parents d'élèves réunis "
                + "dans la salle des fêtes. L'opposition a voté contre, jugeant le calendrier trop long et le chantier "
                + "mal financé, et demande une consultation des riverains sur le stationnement autour du site. Les "
                + "maîtres-nageurs seront reclassés pendant la fermeture dans les deux autres bassins de la ville, dont "
                + "les horaires d'ouverture au public seront élargis le soir et le dimanche matin.";
        Fingerprint original = fingerprint("original", wire, "fr", "2025-05-01T08:00:00Z");
        Fingerprint copy = fingerprint("copy", wire.replace("hier soir", "jeudi soir"), "fr", "2025-05-01T09:00:00Z");

        assertThat(original.simHash()).isNotNull();
        assertThat(SimHash.distance(original.simHash(), copy.simHash())).isLessThanOrEqualTo(6);
        StoryBook book = book();
        book.add(original);
        StoryClustering.Assignment assignment = book.add(copy);
        assertThat(assignment.storyId()).isEqualTo("original");
        assertThat(assignment.score()).isEqualTo(1.0);
        Fingerprint wireCopy = fingerprint("wire-copy", wire, "fr", "2025-05-01T09:30:00Z");
        assertThat(book.add(wireCopy).copyOf()).as("the same text on another site: a syndicated copy").isEqualTo("original");

        Fingerprint otherFigures = fingerprint("other", wire.replace("dix-huit mois", "dix-huit mois pour 12 millions d'euros"), "fr",
                "2025-05-01T10:00:00Z");
        StoryClustering.Assignment sibling = book.add(otherFigures);
        assertThat(sibling.storyId()).isEqualTo("original");
        assertThat(sibling.copyOf()).as("near-duplicate wording with other figures: a story-mate, not a copy").isNull();
    }

    @Test
    void different_texts_are_far_apart_in_simhash() {
        long a = SimHash.of(Shingles.of(FRENCH, 3));
        long b = SimHash.of(Shingles.of(PENSIONS, 3));

        assertThat(SimHash.distance(a, b)).isGreaterThan(10);
    }

    @Test
    void processing_an_article_again_keeps_its_story_and_creates_none() {
        StoryBook book = book();
        Fingerprint fr = fingerprint("fr", FRENCH, "fr", "2025-02-10T12:00:00Z");
        Fingerprint en = fingerprint("en", ENGLISH, "en", "2025-02-10T18:00:00Z");
        book.add(fr);
        book.add(en);

        assertThat(book.add(en).storyId()).isEqualTo("fr");
        assertThat(book.add(fr).storyId()).isEqualTo("fr");
        assertThat(book.members()).hasSize(2);
    }

    @Test
    void a_name_every_recent_article_mentions_weighs_less_than_a_rare_one() {
        java.util.Set<java.time.LocalDate> day = java.util.Set.of(java.time.LocalDate.parse("2025-03-01"));
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        Fingerprint a = new Fingerprint("a", "fr", null, at, null,
                java.util.Set.of("entity:emmanuel macron", "entity:fluidstack", "entity:cambrai"), new java.util.TreeSet<>(day));
        Fingerprint withCommon = new Fingerprint("b", "fr", null, at, null,
                java.util.Set.of("entity:emmanuel macron", "entity:fluidstack", "entity:lille"), new java.util.TreeSet<>(day));
        Fingerprint withRare = new Fingerprint("c", "fr", null, at, null,
                java.util.Set.of("entity:cambrai", "entity:fluidstack", "entity:lille"), new java.util.TreeSet<>(day));
        java.util.List<StoryClustering.Member> recent = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            recent.add(new StoryClustering.Member("m" + i, new Fingerprint("m" + i, "fr", null, at, null,
                    java.util.Set.of("entity:emmanuel macron", "entity:paris" + i), new java.util.TreeSet<>(day))));
        }
        StoryClustering clustering = new StoryClustering(StoryClustering.Settings.defaults());
        var df = StoryClustering.documentFrequency(a, recent);

        assertThat(clustering.score(a, withCommon, df, recent.size() + 1))
                .isLessThan(clustering.score(a, withRare, df, recent.size() + 1));
        assertThat(StoryClustering.idf(21, 21)).isEqualTo(1.0);
    }

    @Test
    void shingles_fold_case_and_accents_and_split_on_unicode_letters() {
        assertThat(Shingles.words("L'Élysée, 109 milliards — Москва!")).containsExactly("l", "elysee", "109", "milliards", "москва");
        assertThat(Shingles.of("a b c d", 3)).containsExactly("a b c", "b c d");
    }
}
