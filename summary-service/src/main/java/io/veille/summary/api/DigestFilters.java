package io.veille.summary.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.veille.contracts.Digest;
import io.veille.summary.digest.DigestTags;
import io.veille.summary.persist.DigestRepository;
import io.veille.support.api.ProblemException;
import io.veille.support.api.QueryParams;

/** The digest filters the list, the stream and the feeds share, read from their query parameters. */
final class DigestFilters {

    private static final int MAX_FILTER_CHARS = 200;
    private static final List<String> DIGEST_LANGUAGES = List.of("fr", "en");

    private DigestFilters() {
    }

    /** What a digest is about, as the tags it must all have; blank values do not filter. */
    record About(String story, String entity, String topic, String watch) {

        List<String> tags() {
            List<String> tags = new ArrayList<>();
            tag(story, DigestTags::story).ifPresent(tags::add);
            tag(entity, DigestTags::entity).ifPresent(tags::add);
            tag(topic, DigestTags::topic).ifPresent(tags::add);
            tag(watch, DigestTags::watch).ifPresent(tags::add);
            return tags;
        }
    }

    static DigestRepository.Filter of(String lang, String since, String kind, About about) {
        return new DigestRepository.Filter(language(lang), Optional.ofNullable(QueryParams.instant("since", since)),
                Optional.ofNullable(QueryParams.oneOf("kind", kind, Digest.Kind.values())), about.tags());
    }

    /** fr or en: the languages digests are written in; a blank lang is French. */
    static String language(String lang) {
        String language = QueryParams.oneOf("lang", lang, DIGEST_LANGUAGES);
        return language == null ? DIGEST_LANGUAGES.getFirst() : language;
    }

    private static Optional<String> tag(String value, Function<String, String> toTag) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_FILTER_CHARS) {
            throw ProblemException.badRequest("a filter value has at most " + MAX_FILTER_CHARS + " characters");
        }
        return Optional.of(toTag.apply(value.strip()));
    }
}
