package io.veille.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each check fails on a manifest broken on purpose (src/test/resources/broken/: overlays of
 * overlays/in-cluster with one kind of mistake each), so a check that passed everything would be seen.
 */
class BrokenManifestsTest {

    private static CrdSchemas crds;

    @BeforeAll
    static void loadSchemas() {
        crds = CrdSchemas.load(Repository.CRDS);
    }

    private static Manifests broken(String name) {
        return Kustomize.render(Repository.MODULE.resolve(Path.of("src/test/resources/broken", name)));
    }

    @Test
    void an_overlay_naming_a_missing_file_does_not_render() {
        assertThatThrownBy(() -> broken("missing-resource"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does-not-exist.yaml");
    }

    @Test
    void a_custom_resource_with_a_wrong_type_or_an_unknown_field_fails_its_crd() {
        List<String> problems = broken("crd-typo").objects().stream().filter(crds::covers)
                .flatMap(o -> crds.problems(o).orElseThrow().stream()).toList();
        assertThat(problems).anyMatch(p -> p.startsWith("KafkaTopic news-articles-raw") && p.contains("partitions") && p.contains("integer"));
        assertThat(problems).anyMatch(p -> p.startsWith("KafkaTopic news-articles-raw") && p.contains("replicationFactor"));
        assertThat(problems).anyMatch(p -> p.startsWith("Cluster veille-pg") && p.contains("instance"));
        assertThat(problems).hasSize(3);
    }

    @Test
    void a_core_object_with_a_wrong_type_fails_the_kubernetes_schema() {
        List<ObjectNode> coreObjects = broken("core-type").objects().stream().filter(o -> !crds.covers(o)).toList();
        assertThat(new CoreSchemas(Repository.MODULE).problems(coreObjects))
                .containsExactly("Service veille-crawler: data/spec/ports/0/port must be integer");
    }

    @Test
    void a_kind_no_schema_covers_is_reported_not_skipped() {
        ObjectNode unknown = Kustomize.YAML.createObjectNode();
        unknown.put("apiVersion", "keda.sh/v1alpha1").put("kind", "ScaledObject").putObject("metadata").put("name", "x");
        assertThat(crds.covers(unknown)).isFalse();
        assertThat(new CoreSchemas(Repository.MODULE).problems(List.of(unknown))).containsExactly("ScaledObject x: no schema for keda.sh/v1alpha1");
    }

    @Test
    void a_variable_no_service_setting_reads_is_reported() {
        assertThat(SettingsCheck.problems(broken("unknown-setting"), Repository.settings())).containsExactly(
                "Deployment veille-crawler: VEILLE_CRAWLER_MIN_HOST_DELAYS is not a setting of veille-crawler (application.properties, @ConfigMapping)");
    }

    @Test
    void a_misspelt_topic_or_a_wrong_record_limit_is_reported() {
        assertThat(TopicsCheck.problems(broken("wrong-topic"), Repository.channelTopics())).containsExactlyInAnyOrder(
                "KafkaTopic news-articles-extracted: news.article.extracted is not a Veille topic (contracts Topics)",
                "KafkaTopic news-articles-raw: max.message.bytes is 1048576, VeilleTopics says 9437184 (docs/architecture.md, \"Record size limits\")",
                "no KafkaTopic for news.articles.extracted",
                "a service's channel reads or writes news.articles.extracted, which no KafkaTopic declares");
    }

    @Test
    void a_secret_value_or_a_writable_root_is_reported() {
        assertThat(PodPolicyCheck.problems(broken("secret-value"), Repository.managementPorts())).containsExactlyInAnyOrder(
                "Secret veille-llm: manifests reference Secrets, they never hold one (the operator creates them)",
                "Deployment veille-summary container summary: the root filesystem is not read-only",
                "Deployment veille-summary container summary: VEILLE_LLM_API_KEY has a value; secrets come from a secretKeyRef");
    }
}
