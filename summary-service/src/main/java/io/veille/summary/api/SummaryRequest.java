package io.veille.summary.api;

import java.util.List;

/**
 * POST /api/v1/summaries: exactly one of text, html, url or articleIds (articles already received,
 * summarised together as one story); lang and title are hints for text, html and url.
 */
public record SummaryRequest(String text, String html, String url, List<String> articleIds, String lang, String title) {
}
