package io.veille.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_valid_raw_article_reads_as_the_record_it_was_written_from() {
        RawArticle article = Samples.rawArticle();

        assertThat(EventContract.RAW_ARTICLE.read(EventJson.write(article))).isEqualTo(article);
    }

    @Test
    void a_raw_article_missing_its_source_and_page_names_each_missing_property() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(Samples.rawArticle()));
        node.remove("sourceId");
        node.remove("html");

        assertThatThrownBy(() -> EventContract.RAW_ARTICLE.read(node.toString()))
                .isInstanceOf(ContractViolationException.class)
                .hasMessage("does not match the news.articles.raw schema: $: required property 'html' not found;"
                        + " $: required property 'sourceId' not found");
    }

    @Test
    void a_schema_version_outside_the_supported_range_is_refused_before_the_schema_is_checked() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(Samples.rawArticle()));
        node.put("schemaVersion", 99);
        node.remove("html");

        assertThatThrownBy(() -> EventContract.RAW_ARTICLE.read(node.toString()))
                .isInstanceOf(ContractViolationException.class)
                .hasMessage("schemaVersion 99 is not supported on news.articles.raw (this consumer reads 1 to 1)");
    }

    @Test
    void an_unknown_entity_type_on_an_extracted_article_breaks_its_contract() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(EventJson.write(Samples.extractedArticle()));
        ((ObjectNode) node.get("entities").get(0)).put("type", "SPACESHIP");

        assertThatThrownBy(() -> EventContract.EXTRACTED_ARTICLE.read(node.toString()))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageStartingWith("does not match the news.articles.extracted schema: $.entities[0].type:");
    }

    @Test
    void malformed_json_and_tombstones_are_malformed_events_not_contract_violations() {
        assertThatThrownBy(() -> EventContract.RAW_ARTICLE.read("{\"url\": not json"))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageStartingWith("not a valid RawArticle: Unrecognized token 'not'");
        assertThatThrownBy(() -> EventContract.RAW_ARTICLE.read("[1, 2]"))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessage("not a valid RawArticle: a JSON object was expected, found array");
        assertThatThrownBy(() -> EventContract.RAW_ARTICLE.read(null))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessage("no value (tombstone) where a RawArticle was expected");
    }

    @Test
    void a_truncated_article_records_its_cuts_and_still_matches_the_schema_while_an_untruncated_one_omits_the_field() {
        ExtractedArticle base = Samples.extractedArticle();
        ExtractedArticle cut = new ExtractedArticle(base.schemaVersion(), base.articleId(), base.storyId(), base.url(),
                base.sourceId(), base.lang(), base.title(), base.byline(), base.publishedAt(), base.text(), base.entities(),
                base.facts(), new ExtractedArticle.Truncation(2_000_000, 3, 40));

        assertThat(EventContract.EXTRACTED_ARTICLE.read(EventJson.write(cut))).isEqualTo(cut);
        assertThat(EventJson.write(base)).doesNotContain("truncation");
        assertThat(EventContract.EXTRACTED_ARTICLE.read(EventJson.write(base)).truncation()).isNull();
    }
}
