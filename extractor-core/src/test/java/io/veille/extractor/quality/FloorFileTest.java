package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorFileTest {

    @TempDir
    Path dir;

    @Test
    void a_run_raises_the_floors_it_beats_keeps_the_others_and_adds_the_new_measures() {
        Map<String, Double> raised = FloorFile.raised(Map.of("a.min", 0.5, "b.min", 0.9),
                Map.of("a.min", 0.61239, "b.min", 0.9, "c.min", 0.25), "test");
        assertThat(raised).containsExactlyInAnyOrderEntriesOf(Map.of("a.min", 0.6123, "b.min", 0.9, "c.min", 0.25));
    }

    @Test
    void a_run_below_a_floor_raises_nothing_and_names_the_floor() {
        assertThatThrownBy(() -> FloorFile.raised(Map.of("a.min", 0.5, "b.min", 0.9), Map.of("a.min", 0.7, "b.min", 0.8), "test"))
                .hasMessageContaining("refusing").hasMessageContaining("b.min").hasMessageNotContaining("a.min");
        assertThat(FloorFile.below(Map.of("a.min", 0.5), Map.of())).containsExactly("a.min: not measured");
    }

    @Test
    void the_written_file_reads_back_as_the_same_floors() {
        Path file = dir.resolve("f/floor.properties");
        FloorFile.write(file, List.of("a comment"), Map.of("corpus.sha256", "abc"), Map.of("a.min", 0.61));
        var p = FloorFile.read(file);
        assertThat(p.getProperty("a.min")).isEqualTo("0.6100");
        assertThat(p.getProperty("corpus.sha256")).isEqualTo("abc");
    }
}
