package io.veille.summary.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.veille.contracts.Digest;
import io.veille.summary.config.DeliveryConfig;
import io.veille.summary.delivery.EmailDigest;
import io.veille.summary.delivery.EmailDigestRequest;
import io.veille.summary.delivery.EmailEntry;
import io.veille.summary.delivery.EmailTargets;
import io.veille.summary.digest.Topics;
import io.veille.summary.persist.ArticleRepository;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.persist.EmailSubscriptionRepository;
import io.veille.summary.persist.EmailSubscriptionRepository.DueEmail;

/**
 * What a subscription's e-mail says for a window: the latest version of each digest on its target,
 * in its language and kinds, created in the window, with the titles and stories of the cited
 * articles, composed by {@link EmailDigest}.
 */
@ApplicationScoped
public class EmailContents {

    private final DigestRepository digests;
    private final ArticleRepository articles;
    private final Topics topics;
    private final int maxDigests;

    public EmailContents(DigestRepository digests, ArticleRepository articles, Topics topics, DeliveryConfig config) {
        this.digests = digests;
        this.articles = articles;
        this.topics = topics;
        this.maxDigests = config.email().maxDigests();
    }

    /** Empty when nothing in the window is for this subscription. */
    public Optional<EmailDigest> of(DueEmail subscription, ZoneId zone, Instant from, Instant to, String unsubscribeUrl) {
        List<Digest.Kind> kinds = EmailSubscriptionRepository.kinds(subscription.kindsJson()).stream().map(Digest.Kind::valueOf).toList();
        List<Digest> found = digests.latestCreatedIn(subscription.lang(), EmailTargets.tag(subscription.target()), kinds, from, to,
                maxDigests);
        Set<String> cited = new HashSet<>();
        for (Digest digest : found) {
            if (digest.kind() == Digest.Kind.ARTICLE) {
                cited.add(digest.subjectId());
            }
            digest.items().forEach(item -> item.citations().forEach(c -> cited.add(c.articleId())));
        }
        Map<String, ArticleRepository.Label> labels = articles.labels(cited);
        List<EmailEntry> entries = found.stream().map(d -> new EmailEntry(d, d.kind() == Digest.Kind.ARTICLE
                ? Optional.ofNullable(labels.get(d.subjectId())).map(ArticleRepository.Label::storyId).orElse(null) : null)).toList();
        Map<String, String> titles = labels.entrySet().stream().filter(e -> e.getValue().title() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().title()));
        return EmailDigest.compose(new EmailDigestRequest(subscription.lang(), zone,
                EmailTargets.label(subscription.target(), subscription.lang(), topics), from, to, entries, titles,
                unsubscribeUrl));
    }

}
