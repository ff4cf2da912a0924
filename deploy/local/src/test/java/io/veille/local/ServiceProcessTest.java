package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.veille.infra.Database;

class ServiceProcessTest {

    private static final String DB_PASSWORD = "db-s3cret";
    private static final String ADMIN_KEY = "admin-s3cret";
    private static final Path JAR = Path.of("/opt/veille/x/target/quarkus-app/quarkus-run.jar");

    private final StackOptions options = StackOptions.defaults(Path.of("/opt/veille"), Map.of());
    private final Database database = new Database("veille", "jdbc:postgresql://127.0.0.1:54329/veille", "postgres", DB_PASSWORD);

    private ServiceProcess.Launch launch(String name) {
        return Stack.launch(name, options, database, Path.of("/tmp/demo-sources.yaml"), 4321, 4322, ADMIN_KEY + ",second-key");
    }

    @Test
    void no_child_command_line_holds_the_database_password_or_an_api_key() {
        for (String name : Stack.SERVICES) {
            assertThat(ServiceProcess.command(JAR, launch(name)))
                    .as(name).noneMatch(arg -> arg.contains(DB_PASSWORD) || arg.contains(ADMIN_KEY) || arg.contains("second-key"))
                    .noneMatch(arg -> arg.contains("password") || arg.contains("api-key"));
        }
    }

    @Test
    void the_secrets_go_to_the_childs_environment() {
        for (String name : Stack.SERVICES) {
            assertThat(launch(name).environment()).as(name)
                    .containsEntry("VEILLE_DB_PASSWORD", DB_PASSWORD)
                    .containsEntry("VEILLE_API_KEYS_ADMIN", ADMIN_KEY + ",second-key");
        }
        assertThat(launch("summary-service").environment()).containsEntry("VEILLE_SERVICES_API_KEY", ADMIN_KEY);
    }

    @Test
    void a_launch_written_out_names_its_environment_variables_but_not_their_values() {
        assertThat(launch("summary-service").toString()).contains("VEILLE_DB_PASSWORD").doesNotContain(DB_PASSWORD, ADMIN_KEY);
    }

    @Test
    void the_crawler_may_reach_the_demo_sites_port_and_no_other_loopback_port() {
        assertThat(launch("crawler-service").properties())
                .containsEntry("veille.crawler.allow-private-hosts", "127.0.0.1:4321,localhost:4321");
        assertThat(Stack.launch("crawler-service", options, database, Path.of("/tmp/feeds.yaml"), null, null, ADMIN_KEY).properties())
                .doesNotContainKey("veille.crawler.allow-private-hosts");
    }

    @Test
    void each_service_gets_its_main_and_management_port_on_the_command_line() {
        assertThat(ServiceProcess.command(JAR, launch("extractor-service")))
                .contains("-Dquarkus.http.port=8082", "-Dquarkus.management.port=9082", "-Dquarkus.management.host=127.0.0.1");
    }
}
