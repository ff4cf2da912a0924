package io.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    @Test
    void the_readme_block_is_rebuilt_from_the_last_jmh_run_and_the_digest_api_run() throws Exception {
        Files.writeString(dir.resolve("latest.md"), "# Latest benchmark run\n\nMeasured 2026-01-02-0304 on 2 processors. "
                + "Raw results: `bench/results/jmh-2026-01-02-0304.json`.\n\n| old table |\n");
        Files.writeString(dir.resolve("jmh-2026-01-02-0304.summary.json"), """
                [ { "benchmark" : "ExtractionBenchmark.extract", "unit" : "pages", "perSecond" : 150.5,
                    "perSecondError" : "NaN", "mbPerSecond" : 0.95, "msPerOp" : 7.0, "count" : 46, "totalBytes" : 291448 } ]""");
        ApiLoad.write(new ApiLoad.Result("2026-01-02T03:10:00Z", "http://127.0.0.1:8083", 2, "OpenJDK 25", "1.0 / 1.0 / 1.0",
                8, 5, 30, 30.01, 3000, 2990, 4, 6, 99.6, 1.5, 2.5, 9.5, 40.0,
                List.of(new ApiLoad.PathResult("/api/v1/digests?lang=fr", 3000, 4, 6, 1.5, 9.5))),
                dir.resolve(ApiLoad.RESULT_FILE));

        String block = Report.readmeBlock(dir, Report.lastJmhRows(dir), Report.lastJmhContext(dir));

        assertThat(block).contains("| ExtractionBenchmark.extract, 1 thread | 150.5 pages/s | 0.95 | 7.00 ms mean | 46 pages, 291,448 bytes |")
                .contains("| digest API reads, 8 clients (closed loop) | 99.6 req/s | – | p50 1.50 / p90 2.50 / p99 9.50 / max 40.00 ms "
                        + "| 1 GET paths, 30 s after 5 s warm-up; 4 non-2xx, 6 errors |")
                .contains("Measured 2026-01-02-0304 on 2 processors.")
                .contains("Digest API measured 2026-01-02T03:10:00Z against http://127.0.0.1:8083")
                .contains("`bench/results/digest-api-load.json`")
                .doesNotContain("old table");
        assertThat(block.indexOf("ExtractionBenchmark")).isLessThan(block.indexOf("digest API reads"));
    }

    @Test
    void without_a_digest_api_run_the_block_is_the_jmh_table_and_its_context() throws Exception {
        Report.Row row = new Report.Row("FactBenchmark.parseFacts", "texts", 400, 10, 0.7, 2.5, 46, 81227);

        String block = Report.readmeBlock(dir, List.of(row), "Measured today.");

        assertThat(block).isEqualTo("""
                | benchmark | throughput | MB/s | time per op | set |
                |---|---|---|---|---|
                | FactBenchmark.parseFacts, 1 thread | 400.0 ± 10.0 texts/s | 0.70 | 2.50 ms mean | 46 texts, 81,227 bytes |

                Measured today. Details: [bench/README.md](bench/README.md).""");
    }

    @Test
    void with_no_results_there_is_no_jmh_row_and_no_context() throws Exception {
        assertThat(Report.lastJmhRows(dir)).isEmpty();
        assertThat(Report.lastJmhContext(dir)).isNull();
    }
}
