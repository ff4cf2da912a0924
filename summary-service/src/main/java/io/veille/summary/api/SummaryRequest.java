package io.veille.summary.api;

/** POST /api/v1/summaries: exactly one of text, html or url; lang and title are hints. */
public record SummaryRequest(String text, String html, String url, String lang, String title) {
}
