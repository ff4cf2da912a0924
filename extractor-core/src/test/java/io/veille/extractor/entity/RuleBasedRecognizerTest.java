package io.veille.extractor.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class RuleBasedRecognizerTest {

    private final RuleBasedRecognizer recognizer = new RuleBasedRecognizer();

    private Entity entity(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities.stream().map(Entity::name).toList()));
    }

    @Test
    void a_surname_alone_is_the_person_named_in_full_and_mentions_point_at_the_text() {
        String text = "Sous l'impulsion d'Emmanuel Macron, la France investit. Macron mise sur l'IA.";
        List<Entity> found = recognizer.find(text, "fr");

        Entity macron = entity(found, "Emmanuel Macron");
        assertThat(macron.type()).isEqualTo(EntityType.PERSON);
        assertThat(macron.aliases()).containsExactly("Macron");
        assertThat(macron.mentions()).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("Emmanuel Macron", "Macron");
        assertThat(entity(found, "France").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void a_company_without_its_suffix_is_the_company() {
        String text = "Mistral AI a lancé Le Chat. Selon Le Monde, Mistral lève des fonds avec Nvidia.";
        List<Entity> found = recognizer.find(text, "fr");

        assertThat(entity(found, "Mistral AI").aliases()).containsExactly("Mistral");
        assertThat(entity(found, "Mistral AI").mentions()).hasSize(2);
        assertThat(found).extracting(Entity::name, Entity::type).contains(
                tuple("Le Monde", EntityType.ORG), tuple("Nvidia", EntityType.ORG));
        assertThat(found).extracting(Entity::name).doesNotContain("Selon", "Le", "Le Chat", "Chat");
    }

    @Test
    void unknown_names_are_read_from_particles_roles_and_suffixes() {
        String text = "La ministre Léonie Durand-Vasseur a rencontré Hélène de La Tour du Pin, PDG de Quantix Robotics, "
                + "et Karl von Habsburg. Brightwave Labs et la Banque de Lorraine financent Zeta Inc. "
                + "According to Mr Owen Blake, OpenRouter grew fast.";
        List<Entity> found = recognizer.find(text, "fr");

        assertThat(found).extracting(Entity::name, Entity::type).contains(
                tuple("Léonie Durand-Vasseur", EntityType.PERSON),
                tuple("Hélène de La Tour du Pin", EntityType.PERSON),
                tuple("Quantix Robotics", EntityType.ORG),
                tuple("Brightwave Labs", EntityType.ORG),
                tuple("Banque de Lorraine", EntityType.ORG),
                tuple("Owen Blake", EntityType.PERSON),
                tuple("OpenRouter", EntityType.ORG));
        assertThat(found).extracting(Entity::name).doesNotContain("According", "La", "Brightwave");
    }

    @Test
    void gazetteer_names_with_particles_and_initials_are_found() {
        String text = "Ursula von der Leyen, présidente de la Commission européenne, a parlé avec J.D. Vance "
                + "et la présidente de la Commission. Les Émirats arabes unis investissent.";
        List<Entity> found = recognizer.find(text, "fr");

        assertThat(found).extracting(Entity::name, Entity::type).contains(
                tuple("Ursula von der Leyen", EntityType.PERSON),
                tuple("Commission européenne", EntityType.ORG),
                tuple("J.D. Vance", EntityType.PERSON),
                tuple("Émirats arabes unis", EntityType.LOC));
        assertThat(entity(found, "Commission européenne").mentions()).hasSize(2);
    }

    @Test
    void an_english_text_gets_its_people_and_companies() {
        String text = "Nvidia chief executive Jensen Huang said on Wednesday that Mistral AI would build a cloud. "
                + "Huang added that Europe needed more chips.";
        List<Entity> found = recognizer.find(text, "en");

        assertThat(entity(found, "Jensen Huang").aliases()).containsExactly("Huang");
        assertThat(found).extracting(Entity::name).contains("Nvidia", "Mistral AI", "Europe")
                .doesNotContain("Wednesday", "Huang");
    }
}
