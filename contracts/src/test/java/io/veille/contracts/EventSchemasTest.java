package io.veille.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_raw_article_survives_the_round_trip_and_matches_its_schema() throws Exception {
        RawArticle article = Samples.rawArticle();
        String json = EventJson.write(article);

        assertThat(EventJson.read(json, RawArticle.class)).isEqualTo(article);
        assertThat(violations(Topics.ARTICLES_RAW, json)).isEmpty();
    }

    @Test
    void an_extracted_article_survives_the_round_trip_and_matches_its_schema() throws Exception {
        ExtractedArticle article = Samples.extractedArticle();
        String json = EventJson.write(article);

        assertThat(EventJson.read(json, ExtractedArticle.class)).isEqualTo(article);
        assertThat(violations(Topics.ARTICLES_EXTRACTED, json)).isEmpty();
    }

    @Test
    void a_syndicated_copy_survives_the_round_trip_with_its_original_and_matches_the_schema() throws Exception {
        ExtractedArticle copy = Samples.extractedArticle().asCopyOf("a-original");
        String json = EventJson.write(copy);

        assertThat(EventJson.read(json, ExtractedArticle.class)).isEqualTo(copy);
        assertThat(json).contains("\"copyOf\":\"a-original\"");
        assertThat(violations(Topics.ARTICLES_EXTRACTED, json)).isEmpty();
        assertThat(EventJson.write(Samples.extractedArticle())).doesNotContain("copyOf");
        assertThat(violations(Topics.ARTICLES_EXTRACTED, json.replace("\"a-original\"", "\"\""))).isNotEmpty();
    }

    @Test
    void the_pages_media_survive_the_round_trip_and_match_the_schema() throws Exception {
        ExtractedArticle article = Samples.extractedArticle().withMedia(new ExtractedArticle.Media("https://example.test/lead.jpg",
                "Économie", java.time.Instant.parse("2025-02-11T08:30:00Z")));
        String json = EventJson.write(article);

        assertThat(EventJson.read(json, ExtractedArticle.class)).isEqualTo(article);
        assertThat(json).contains("\"media\":{\"image\":\"https://example.test/lead.jpg\",\"section\":\"Économie\","
                + "\"modifiedAt\":\"2025-02-11T08:30:00Z\"}");
        assertThat(violations(Topics.ARTICLES_EXTRACTED, json)).isEmpty();
        assertThat(EventJson.write(Samples.extractedArticle().withMedia(ExtractedArticle.Media.NONE))).doesNotContain("media");
        assertThat(violations(Topics.ARTICLES_EXTRACTED, json.replace("\"2025-02-11T08:30:00Z\"", "\"yesterday\""))).isNotEmpty();
    }

    @Test
    void digests_of_each_language_match_their_topic_schema_and_not_the_other() throws Exception {
        for (String lang : new String[] {"fr", "en"}) {
            String json = EventJson.write(Samples.digest(lang));
            assertThat(EventJson.read(json, Digest.class)).isEqualTo(Samples.digest(lang));
            assertThat(violations(Topics.digests(lang), json)).isEmpty();
        }
        assertThat(violations(Topics.DIGESTS_EN, EventJson.write(Samples.digest("fr")))).isNotEmpty();
    }

    @Test
    void amounts_are_written_as_plain_numbers_never_in_exponent_form() {
        String json = EventJson.write(Samples.extractedArticle());

        assertThat(json).contains("\"value\":109000000000").doesNotContain("E+");
    }

    @Test
    void a_range_fact_survives_the_round_trip_with_its_upper_bound_and_matches_the_schema() throws Exception {
        String text = "L'État investira entre 10 et 20 milliards d'euros.";
        Fact range = new Fact(FactType.MONEY, "entre 10 et 20 milliards d'euros", 17, 49,
                new BigDecimal("10000000000"), "EUR", null, null, null, null, null, null, new BigDecimal("20000000000"));
        ExtractedArticle base = Samples.extractedArticle();
        ExtractedArticle article = new ExtractedArticle(base.schemaVersion(), base.articleId(), base.storyId(), base.url(),
                base.sourceId(), base.lang(), base.title(), base.byline(), base.publishedAt(), text, List.of(), List.of(range), null);
        String json = EventJson.write(article);

        ExtractedArticle read = EventJson.read(json, ExtractedArticle.class);
        assertThat(read).isEqualTo(article);
        assertThat(read.facts().get(0).valueEnd()).isEqualByComparingTo("20000000000");
        assertThat(json).contains("\"valueEnd\":20000000000");
        assertThat(violations(Topics.ARTICLES_EXTRACTED, json)).isEmpty();
    }

    @Test
    void a_fact_without_value_end_reads_as_no_range_and_a_textual_value_end_breaks_the_schema() throws Exception {
        String json = EventJson.write(Samples.extractedArticle());
        assertThat(json).doesNotContain("valueEnd");
        assertThat(EventJson.read(json, ExtractedArticle.class).facts()).allMatch(f -> f.valueEnd() == null);

        ObjectNode node = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) node.get("facts").get(0)).put("valueEnd", "vingt milliards");
        assertThat(violations(Topics.ARTICLES_EXTRACTED, node.toString()))
                .anyMatch(m -> m.getMessage().contains("valueEnd"));
    }

    @Test
    void a_money_fact_without_currency_breaks_the_extracted_schema() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(Samples.extractedArticle()));
        ((ObjectNode) node.get("facts").get(0)).remove("currency");

        assertThat(violations(Topics.ARTICLES_EXTRACTED, node.toString()))
                .anyMatch(m -> m.getMessage().contains("currency"));
    }

    @Test
    void a_raw_article_missing_its_html_or_with_a_future_schema_version_is_rejected() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(Samples.rawArticle()));
        node.remove("html");
        node.put("schemaVersion", 2);

        assertThat(violations(Topics.ARTICLES_RAW, node.toString())).hasSize(2);
    }

    @Test
    void malformed_json_is_reported_as_a_malformed_event_naming_the_type() {
        assertThatThrownBy(() -> EventJson.read("{\"url\": ", RawArticle.class))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("RawArticle");
        assertThatThrownBy(() -> EventJson.read(null, RawArticle.class))
                .isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    void every_topic_has_a_schema_and_a_dead_letter_topic() {
        for (String topic : new String[] {Topics.ARTICLES_RAW, Topics.ARTICLES_EXTRACTED, Topics.DIGESTS_FR, Topics.DIGESTS_EN}) {
            assertThat(Samples.class.getResource("/schemas/" + topic + ".schema.json")).as(topic).isNotNull();
            assertThat(Topics.deadLetter(topic)).isEqualTo(topic + ".dlq");
        }
    }

    private static Set<ValidationMessage> violations(String topic, String json) throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream schema = Samples.class.getResourceAsStream("/schemas/" + topic + ".schema.json")) {
            JsonSchema jsonSchema = factory.getSchema(schema, config);
            JsonNode node = JSON.readTree(json);
            return jsonSchema.validate(node);
        }
    }
}
