package io.veille.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every overlay renders, and what it renders passes every check an API server and the services would make. */
class OverlaysTest {

    private static CrdSchemas crds;
    private static CoreSchemas core;

    @BeforeAll
    static void loadSchemas() {
        crds = CrdSchemas.load(Repository.CRDS);
        core = new CoreSchemas(Repository.MODULE);
    }

    static Stream<String> overlays() {
        return Repository.OVERLAYS.stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void custom_resources_match_their_crds(String overlay) {
        Manifests manifests = Kustomize.render(Repository.overlay(overlay));
        List<String> problems = manifests.objects().stream().filter(crds::covers)
                .flatMap(o -> crds.problems(o).orElseThrow().stream()).toList();
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void core_objects_match_the_kubernetes_schemas(String overlay) {
        List<ObjectNode> coreObjects = Kustomize.render(Repository.overlay(overlay)).objects().stream()
                .filter(o -> !crds.covers(o)).toList();
        assertThat(coreObjects).isNotEmpty();
        assertThat(core.problems(coreObjects)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_variable_given_to_a_service_is_one_of_its_settings(String overlay) {
        assertThat(SettingsCheck.problems(Kustomize.render(Repository.overlay(overlay)), Repository.settings())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void pods_are_locked_down_probed_budgeted_and_monitored(String overlay) {
        assertThat(PodPolicyCheck.problems(Kustomize.render(Repository.overlay(overlay)), Repository.managementPorts())).isEmpty();
    }

    @Test
    void the_in_cluster_topics_are_the_contracts_topics() {
        Manifests manifests = Kustomize.render(Repository.overlay("in-cluster"));
        assertThat(manifests.ofKind("KafkaTopic")).hasSize(6);
        assertThat(TopicsCheck.problems(manifests, Repository.channelTopics())).isEmpty();
    }

    @Test
    void the_settings_read_from_the_services_include_their_mappings() {
        ServiceSettings crawler = Repository.settings().get("veille-crawler");
        assertThat(crawler.reads("VEILLE_CRAWLER_MIN_HOST_DELAY")).isTrue();
        assertThat(crawler.reads("VEILLE_CRAWLER_FETCH_MAX_BODY_BYTES")).isTrue();
        assertThat(crawler.reads("KAFKA_BOOTSTRAP_SERVERS")).isTrue();
        assertThat(Repository.settings().get("veille-summary").reads("VEILLE_SUMMARY_TOPICS_SPORT_TERMS")).isTrue();
        assertThat(crawler.reads("VEILLE_CRAWLER_MIN_HOST_DELAYS")).isFalse();
    }
}
