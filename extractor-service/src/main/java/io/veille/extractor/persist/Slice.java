package io.veille.extractor.persist;

import java.util.List;

/** One page of a query's results and how many results there are in all. */
public record Slice<T>(List<T> items, long total) {
}
