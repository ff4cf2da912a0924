package io.veille.kubernetes.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FileEntry;

/** The image's layout from a fast-jar, and the command line; building a whole image is {@code ./veille build --images}. */
class ServiceImageTest {

    @TempDir
    Path dir;

    @Test
    void the_fast_jar_goes_to_deployments_dependencies_apart_from_the_application() throws IOException {
        Path app = dir.resolve("quarkus-app");
        write(app.resolve("quarkus-run.jar"));
        write(app.resolve("lib/main/some-library.jar"));
        write(app.resolve("lib/boot/boot.jar"));
        write(app.resolve("app/service.jar"));
        write(app.resolve("quarkus/generated-bytecode.jar"));

        List<FileEntriesLayer> layers = ServiceImage.fastJarLayers(app);

        assertThat(layers).extracting(FileEntriesLayer::getName).containsExactly("dependencies", "application");
        assertThat(targets(layers.get(0))).containsExactly("/deployments/lib/boot/boot.jar", "/deployments/lib/main/some-library.jar");
        assertThat(targets(layers.get(1))).containsExactly("/deployments/quarkus/generated-bytecode.jar",
                "/deployments/app/service.jar", "/deployments/quarkus-run.jar");
    }

    @Test
    void a_directory_without_a_fast_jar_is_refused_with_what_to_do() {
        assertThatThrownBy(() -> ServiceImage.fastJarLayers(dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("package the service first");
    }

    @Test
    void the_command_line_needs_an_app_a_name_a_runtime_and_a_destination() {
        ServiceImage.Arguments a = ServiceImage.Arguments.parse(new String[] {"--app", "a", "--name", "veille/x:1",
                "--runtime", "r", "--out", "x.tar", "--port", "8081", "--port", "9081"});
        assertThat(a.ports()).containsExactly(8081, 9081);
        assertThat(a.push()).isNull();
        assertThatThrownBy(() -> ServiceImage.Arguments.parse(new String[] {"--app", "a", "--name", "x"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
        assertThatThrownBy(() -> ServiceImage.Arguments.parse(new String[] {"--nme", "x"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--nme");
    }

    private static List<String> targets(FileEntriesLayer layer) {
        return layer.getEntries().stream().map(FileEntry::getExtractionPath).map(Object::toString).toList();
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
