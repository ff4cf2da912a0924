package io.veille.summary.api;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.UrlHash;
import io.veille.summary.digest.ArticleDigests;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.digest.Hashes;
import io.veille.support.api.ProblemException;

/**
 * Ad-hoc summaries: a text, an HTML page or a URL in, a French and an English digest out. The
 * facts come from the extractor (and the page from the crawler for a URL) so an ad-hoc digest
 * is built and grounded exactly like one from the pipeline; nothing is stored or published.
 */
@Path("/api/v1/summaries")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    private final PeerServicesClient peers;
    private final DigestWriter writer;
    private final Clock clock;

    public SummaryResource(PeerServicesClient peers, DigestWriter writer, Clock clock) {
        this.peers = peers;
        this.writer = writer;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Summarise a text, an HTML page or a URL in French and English (not stored)")
    public SummaryResponse summarise(SummaryRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON body {text | html | url, lang?, title?} is required");
        }
        int given = (blank(request.text()) ? 0 : 1) + (blank(request.html()) ? 0 : 1) + (blank(request.url()) ? 0 : 1);
        if (given != 1) {
            throw ProblemException.badRequest("give exactly one of text, html or url");
        }
        String lang = lang(request.lang());
        ExtractedArticle extracted;
        String url = blank(request.url()) ? null : request.url().strip();
        if (url != null) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw ProblemException.badRequest("url must be an http or https URL");
            }
            PeerServicesClient.FetchedPage page = peers.fetch(url);
            extracted = peers.extract(page.html(), null, page.finalUrl(), lang);
        } else if (!blank(request.html())) {
            extracted = peers.extract(request.html(), null, null, lang);
        } else {
            extracted = peers.extract(null, request.text(), null, lang);
        }
        ExtractedArticle article = identified(extracted, request);
        List<Digest> digests = ArticleDigests.of(article, writer.write(article), clock.instant()).stream()
                .map(d -> new Digest(d.schemaVersion(), d.id(), d.kind(), d.subjectId(), d.lang(), d.title(), d.items(),
                        d.provider(), d.model(), d.status(), d.createdAt(), 1))
                .toList();
        return new SummaryResponse(digests.get(0), digests.get(1));
    }

    // An ad-hoc text has no URL: its id is a hash of the text, so the same text gets the same digest id.
    private static ExtractedArticle identified(ExtractedArticle e, SummaryRequest request) {
        String url = blank(e.url()) ? null : e.url();
        String id = url != null ? UrlHash.of(url) : "text-" + Hashes.sha256(e.text() == null ? "" : e.text()).substring(0, 32);
        String title = blank(request.title()) ? e.title() : request.title().strip();
        String lang = blank(e.lang()) ? (blank(request.lang()) ? "und" : request.lang()) : e.lang();
        return new ExtractedArticle(e.schemaVersion(), id, null, url == null ? "urn:veille:text:" + id : url, "adhoc", lang, title,
                null, e.publishedAt(), e.text(), e.entities(), e.facts());
    }

    private static String lang(String lang) {
        if (blank(lang)) {
            return null;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        if (!l.matches("[a-z]{2}")) {
            throw ProblemException.badRequest("lang must be a two-letter language code such as fr or en");
        }
        return l;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
