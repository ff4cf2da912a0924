package io.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @TempDir
    Path dir;

    @Test
    void the_table_between_the_markers_is_replaced_and_the_rest_kept() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\n\n" + Report.START + "\nold table\n" + Report.END + "\n\n## After\n");

        Report.updateReadme(readme, "new table");

        assertThat(Files.readString(readme))
                .isEqualTo("# Title\n\n" + Report.START + "\nnew table\n" + Report.END + "\n\n## After\n");
    }

    @Test
    void a_readme_without_markers_gets_a_benchmarks_section_before_the_demo_corpus() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\n\n## Measurements\n\nx\n\n## Demo corpus\n\ny\n");

        Report.updateReadme(readme, "table");

        String text = Files.readString(readme);
        assertThat(text).contains("## Benchmarks").contains(Report.START + "\ntable\n" + Report.END);
        assertThat(text.indexOf("## Benchmarks")).isBetween(text.indexOf("## Measurements"), text.indexOf("## Demo corpus"));
    }
}
