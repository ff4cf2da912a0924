package io.veille.summary.it;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.veille.summary.Articles;

/** The extractor's POST /api/v1/extract answer for the summit text. */
final class ExtractorStub {

    static final String EXTRACT = "/api/v1/extract";
    static final String FETCH = "/api/v1/fetch";

    private ExtractorStub() {
    }

    static void answersWithTheSummitFacts(WireMockServer server, String url) {
        server.stubFor(post(urlEqualTo(EXTRACT)).willReturn(okJson("""
                {"url": %s, "title": "Sommet sur l'IA", "text": "%s", "lang": "fr", "publishedAt": "2025-02-10T06:30:00Z",
                 "entities": [{"name": "Emmanuel Macron", "type": "PERSON"}],
                 "facts": [{"type": "MONEY", "text": "109 milliards d'euros", "value": 109000000000, "currency": "EUR"},
                           {"type": "DATE", "text": "9 février 2025", "date": "2025-02-09"}]}
                """.formatted(url == null ? "null" : "\"" + url + "\"", Articles.SUMMIT_TEXT))));
    }
}
