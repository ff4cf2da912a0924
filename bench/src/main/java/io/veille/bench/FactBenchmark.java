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

import io.veille.contracts.Fact;
import io.veille.extractor.fact.FactExtractor;

/**
 * Fact parsing alone (money, percent, dates, quantities, quotes) over the texts the extractor
 * reads from the page set, with the entities it found (quotes need them for speakers). One
 * operation is one text.
 */
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class FactBenchmark {

    private final FactExtractor facts = new FactExtractor();
    private List<ExtractedText> texts;
    private int next;

    @Setup
    public void extractTexts() {
        texts = ExtractedText.of(PageSet.load());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Fact> parseFacts() {
        ExtractedText t = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return facts.extract(t.text(), t.lang(), t.reference(), t.extraction().entities());
    }
}
