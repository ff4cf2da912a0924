package io.veille.summary.api;

import java.util.List;

/** A page of a listing: {items, page, size, total}. */
public record ListPage<T>(List<T> items, int page, int size, long total) {
}
