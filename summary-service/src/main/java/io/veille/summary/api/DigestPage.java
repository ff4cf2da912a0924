package io.veille.summary.api;

import java.util.List;

import io.veille.contracts.Digest;

/** One page of GET /api/v1/digests. */
public record DigestPage(List<Digest> items, int page, int size, long total) {
}
