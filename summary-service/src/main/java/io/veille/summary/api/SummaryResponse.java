package io.veille.summary.api;

import io.veille.contracts.Digest;

/** The French and English digest of an ad-hoc text; not stored, not published. */
public record SummaryResponse(Digest fr, Digest en) {
}
