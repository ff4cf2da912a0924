package io.veille.summary.api;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.UrlHash;
import io.veille.summary.client.PeerServicesClient;
import io.veille.summary.config.SummaryConfig;
import io.veille.summary.digest.DigestSubject;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.digest.Hashes;
import io.veille.summary.digest.SubjectDigests;
import io.veille.summary.persist.ArticleRepository;
import io.veille.support.api.ProblemException;
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

/**
 * Ad-hoc summaries: a text, an HTML page, a URL or stored articles in, a French and an English digest out. The
 * facts come from the extractor (and the page from the crawler for a URL) so an ad-hoc digest
 * is built and grounded exactly like one from the pipeline; nothing is stored or published.
 */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/summaries")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    private static final List<String> DIGEST_LANGUAGES = List.of("fr", "en");

    private final PeerServicesClient peers;
    private final DigestWriter writer;
    private final ArticleRepository articles;
    private final SummaryConfig config;
    private final Clock clock;

    public SummaryResource(PeerServicesClient peers, DigestWriter writer, ArticleRepository articles, SummaryConfig config,
            Clock clock) {
        this.peers = peers;
        this.writer = writer;
        this.articles = articles;
        this.config = config;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Summarise a text, an HTML page, a URL or stored articles in French and English (not stored); needs an admin API key")
    public SummaryResponse summarise(SummaryRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON body {text | html | url | articleIds, lang?, title?} is required");
        }
        boolean ids = request.articleIds() != null && !request.articleIds().isEmpty();
        int given = (blank(request.text()) ? 0 : 1) + (blank(request.html()) ? 0 : 1) + (blank(request.url()) ? 0 : 1)
                + (ids ? 1 : 0);
        if (given != 1) {
            throw ProblemException.badRequest("give exactly one of text, html, url or articleIds");
        }
        if (!blank(request.text()) && request.text().length() > config.maxSummaryTextChars()) {
            throw new ProblemException(413, "Content Too Large",
                    "text has " + request.text().length() + " characters; at most " + config.maxSummaryTextChars() + " are accepted");
        }
        String lang = lang(request.lang());
        if (ids) {
            return respond(storedArticles(request.articleIds()));
        }
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
        return respond(DigestSubject.article(identified(extracted, request)));
    }

    private SummaryResponse respond(DigestSubject subject) {
        List<Digest> digests = SubjectDigests.of(subject, writer.write(subject), clock.instant()).stream()
                .map(d -> new Digest(d.schemaVersion(), d.id(), d.kind(), d.subjectId(), d.lang(), d.title(), d.items(),
                        d.provider(), d.model(), d.status(), d.createdAt(), 1))
                .toList();
        return new SummaryResponse(digests.get(0), digests.get(1));
    }

    /** Stored articles: one is an ARTICLE digest, several a STORY digest of just those articles. */
    private DigestSubject storedArticles(List<String> ids) {
        List<String> distinct = ids.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > config.maxSummaryArticles()) {
            throw ProblemException.badRequest("articleIds must hold 1 to " + config.maxSummaryArticles() + " article ids");
        }
        List<ArticleRepository.Projected> found = distinct.stream().map(articles::byId).flatMap(java.util.Optional::stream).toList();
        if (found.size() < distinct.size()) {
            List<String> known = found.stream().map(p -> p.article().articleId()).toList();
            throw ProblemException.notFound("no article " + String.join(", ", distinct.stream().filter(id -> !known.contains(id)).toList()));
        }
        int chars = found.stream().mapToInt(p -> p.article().text() == null ? 0 : p.article().text().length()).sum();
        if (chars > config.maxSummaryTextChars()) {
            throw new ProblemException(413, "Content Too Large", "the articles hold " + chars + " characters; at most "
                    + config.maxSummaryTextChars() + " are accepted");
        }
        if (found.size() == 1) {
            return DigestSubject.article(found.get(0).article(), found.get(0).contentHash());
        }
        String id = "adhoc-" + Hashes.sha256(String.join(",", distinct.stream().sorted().toList())).substring(0, 32);
        return DigestSubject.story(id, found.stream().map(ArticleRepository.Projected::article).toList(),
                found.stream().map(ArticleRepository.Projected::contentHash).toList());
    }

    // An ad-hoc text has no URL: its id is a hash of the text, so the same text gets the same digest id.
    private static ExtractedArticle identified(ExtractedArticle e, SummaryRequest request) {
        String url = blank(e.url()) ? null : e.url();
        String id = url != null ? UrlHash.of(url) : "text-" + Hashes.sha256(e.text() == null ? "" : e.text()).substring(0, 32);
        String title = blank(request.title()) ? e.title() : request.title().strip();
        String lang = blank(e.lang()) ? (blank(request.lang()) ? "und" : request.lang()) : e.lang();
        return new ExtractedArticle(e.schemaVersion(), id, null, url == null ? "urn:veille:text:" + id : url, "adhoc", lang, title,
                null, e.publishedAt(), e.text(), e.entities(), e.facts(), e.truncation());
    }

    // Digests are written in French and English only; another hint would ask for a language no digest has.
    private static String lang(String lang) {
        return QueryParams.oneOf("lang", lang, DIGEST_LANGUAGES);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
