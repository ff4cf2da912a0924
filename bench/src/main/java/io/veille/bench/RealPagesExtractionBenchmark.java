package io.veille.bench;

import java.util.List;

import org.openjdk.jmh.annotations.Fork;

import io.veille.extractor.extraction.Page;

/**
 * {@link ExtractionBenchmark}'s operation on the real pages of the shared corpus
 * ({@link RealPageSet}, about 1,100 pages), the figure the extractor's speed is judged by: the
 * repository's own pages are small and regular, real ones are not. The pages are held in memory
 * decompressed, hence the larger heap.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RealPagesExtractionBenchmark extends ExtractionBenchmark {

    @Override
    protected List<Page> pageSet() {
        return RealPageSet.load().readAll();
    }
}
