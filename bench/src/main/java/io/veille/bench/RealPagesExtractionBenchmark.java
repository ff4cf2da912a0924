package io.veille.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.Page;

/**
 * {@link ExtractionBenchmark}'s operation on the real pages of the shared corpus
 * ({@link RealPageSet}, about 1,100 pages), the figure the extractor's speed is judged by: the
 * repository's own pages are small and regular, real ones are not.
 */
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
@State(Scope.Thread)
public class RealPagesExtractionBenchmark {

    private ArticleExtractor extractor;
    private List<Page> pages;
    private int next;

    @Setup
    public void loadPages() {
        extractor = new ArticleExtractor();
        pages = RealPageSet.load().readAll();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Extraction extract() {
        Page page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return extractor.extract(page);
    }
}
