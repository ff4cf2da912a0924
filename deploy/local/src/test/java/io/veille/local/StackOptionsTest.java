package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackOptionsTest {

    private static final Path HOME = Path.of("/opt/veille");

    @Test
    void without_arguments_it_serves_the_demo_on_the_well_known_ports_with_data_under_dot_veille() {
        StackOptions options = StackOptions.parse(new String[0], HOME, Map.of());

        assertThat(options.servesDemo()).isTrue();
        assertThat(options.fresh()).isFalse();
        assertThat(options.dataDir()).isEqualTo(HOME.resolve(".veille"));
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.crawlerPort()).isEqualTo(8081);
        assertThat(options.extractorPort()).isEqualTo(8082);
        assertThat(options.summaryPort()).isEqualTo(8083);
        assertThat(options.database()).isEqualTo("veille");
        assertThat(options.externalDb()).isEmpty();
    }

    @Test
    void a_sources_file_replaces_the_demo() {
        StackOptions options = StackOptions.parse(new String[] {"--sources", "feeds.yaml", "--fresh"}, HOME, Map.of());

        assertThat(options.sourcesFile()).hasValue(Path.of("feeds.yaml").toAbsolutePath());
        assertThat(options.servesDemo()).isFalse();
        assertThat(options.fresh()).isTrue();
    }

    @Test
    void no_demo_turns_the_demo_off() {
        assertThat(StackOptions.parse(new String[] {"--no-demo"}, HOME, Map.of()).servesDemo()).isFalse();
    }

    @Test
    void the_database_url_in_the_environment_selects_an_external_server() {
        StackOptions options = StackOptions.parse(new String[0], HOME,
                Map.of("VEILLE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres", "VEILLE_DB_PASSWORD", "s3cret"));

        assertThat(options.externalDb()).hasValueSatisfying(db -> {
            assertThat(db.adminUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
            assertThat(db.username()).isEqualTo("postgres");
            assertThat(db.password()).isEqualTo("s3cret");
            assertThat(db.toString()).doesNotContain("s3cret");
        });
    }

    @Test
    void help_is_asked_for_with_h() {
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"-h"}, HOME, Map.of()))
                .isInstanceOf(StackOptions.HelpRequested.class);
        assertThat(StackOptions.USAGE).contains("--sources", "--fresh", "--no-demo", "sources.example.yaml");
    }

    @Test
    void unknown_options_and_a_missing_file_name_are_refused_with_a_reason() {
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--frsh"}, HOME, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--frsh");
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--sources"}, HOME, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a file");
    }

    @Test
    void replicas_are_read_from_the_command_line_and_the_crawler_stays_one() {
        StackOptions options = StackOptions.parse(new String[] {"--replicas", "extractor=2,summary=3"}, HOME, Map.of());
        assertThat(options.replicas()).isEqualTo(new Replicas(2, 3));
        assertThat(options.replicas().instances("summary-service"))
                .containsExactly("summary-service", "summary-service-2", "summary-service-3");
        assertThat(options.replicas().instances("crawler-service")).containsExactly("crawler-service");
        assertThat(Replicas.moduleOf("summary-service-2")).isEqualTo("summary-service");
        assertThat(Replicas.moduleOf("extractor-service")).isEqualTo("extractor-service");
        assertThat(StackOptions.defaults(HOME, Map.of()).replicas()).isEqualTo(Replicas.ONE_EACH);
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--replicas", "crawler=2"}, HOME, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per-source lease");
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--replicas", "extractor=9"}, HOME, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--replicas", "extractr=2"}, HOME, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no service 'extractr'");
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--replicas"}, HOME, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a list");
    }

    @Test
    void a_test_stack_gets_free_ports_distinct_from_the_defaults_and_its_own_data_dir() {
        StackOptions options = StackOptions.defaults(HOME, Map.of()).withFreePorts().withDataDir(Path.of("/tmp/x"));

        assertThat(options.kafkaPort()).isNotEqualTo(9092).isPositive();
        assertThat(options.postgresPort()).isZero();
        assertThat(options.logDir()).isEqualTo(Path.of("/tmp/x/logs"));
    }
}
