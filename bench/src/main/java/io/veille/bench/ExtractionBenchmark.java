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
 * The whole extractor on one core: HTML in, text, metadata, language, entities and facts out. One
 * operation is one page; successive operations cycle through the page set, so a result is the
 * set's mix. MB/s is pages/s times the set's mean page size (see {@link Report}).
 */
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class ExtractionBenchmark {

    private ArticleExtractor extractor;
    private List<Page> pages;
    private int next;

    @Setup
    public void loadPages() {
        extractor = new ArticleExtractor();
        pages = pageSet();
    }

    /** The pages an operation cycles through; a subclass measures the same operation on another set. */
    protected List<Page> pageSet() {
        return PageSet.load().readAll();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Extraction extract() {
        Page page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return extractor.extract(page);
    }
}
