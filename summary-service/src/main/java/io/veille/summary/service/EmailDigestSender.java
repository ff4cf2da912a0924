package io.veille.summary.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.veille.contracts.Digest;
import io.veille.summary.config.DeliveryConfig;
import io.veille.summary.delivery.DeliverySchedule;
import io.veille.summary.delivery.EmailDigest;
import io.veille.summary.delivery.EmailDigestRequest;
import io.veille.summary.delivery.EmailEntry;
import io.veille.summary.delivery.EmailTargets;
import io.veille.summary.delivery.UnsubscribeToken;
import io.veille.summary.digest.Topics;
import io.veille.summary.persist.ArticleRepository;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.persist.EmailSubscriptionRepository;
import io.veille.summary.persist.EmailSubscriptionRepository.DueEmail;
import io.veille.summary.publish.DigestMailer;

/**
 * Sends the digest e-mails that are due. Each subscription is handled in a transaction of its own
 * that holds its row: the window (covered_until, now - settle] is composed, sent, and the
 * subscription advanced to its schedule's next time together with its email_send row. An empty
 * window sends nothing but is covered all the same. A failed send keeps the window, is logged and
 * is tried again after veille.delivery.email.retry-after; it never stops the other subscriptions.
 * A crash between the SMTP server's acceptance and the commit sends that e-mail again: at least once.
 */
@ApplicationScoped
public class EmailDigestSender {

    private static final Logger LOG = Logger.getLogger(EmailDigestSender.class);
    private static final int MAX_ERROR_CHARS = 2000;

    private final EmailSubscriptionRepository subscriptions;
    private final DigestRepository digests;
    private final ArticleRepository articles;
    private final DigestMailer mailer;
    private final Topics topics;
    private final DeliveryConfig config;
    private final Clock clock;
    private final ScheduledRuns runs;

    public EmailDigestSender(EmailSubscriptionRepository subscriptions, DigestRepository digests, ArticleRepository articles,
            DigestMailer mailer, Topics topics, DeliveryConfig config, Clock clock, ScheduledRuns runs) {
        this.subscriptions = subscriptions;
        this.digests = digests;
        this.articles = articles;
        this.mailer = mailer;
        this.topics = topics;
        this.config = config;
        this.clock = clock;
        this.runs = runs;
    }

    @Scheduled(every = "${veille.delivery.email.tick:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @ActivateRequestContext
    void tick() {
        if (!runs.enter()) {
            return;
        }
        try {
            for (int i = 0; i < config.email().batch() && !runs.stopping(); i++) {
                if (!QuarkusTransaction.requiringNew().call(this::sendNextDue)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "e-mail digests: a run failed; the subscription stays due and is tried at the next tick");
        } finally {
            runs.exit();
        }
    }

    /** @return false when no subscription is due */
    private boolean sendNextDue() {
        Instant now = clock.instant();
        Optional<DueEmail> due = subscriptions.lockNextDue(now);
        due.ifPresent(s -> run(s, now));
        return due.isPresent();
    }

    private void run(DueEmail subscription, Instant now) {
        Instant from = subscription.coveredUntil();
        Instant to = now.minus(config.email().settle());
        int listed = 0;
        try {
            DeliverySchedule schedule = DeliverySchedule.parse(subscription.schedule(), subscription.timeZone());
            if (to.isAfter(from)) {
                Optional<EmailDigest> email = compose(subscription, schedule, from, to);
                if (email.isPresent()) {
                    mailer.send(subscription.email(), email.get(), unsubscribeUrl(subscription));
                    listed = email.get().digests();
                }
            } else {
                to = from;
            }
            subscriptions.advance(subscription.id(), to, schedule.next(now), now);
            subscriptions.log(subscription.id(), from, to, listed, now, listed > 0 ? "sent" : "empty", null);
        } catch (RuntimeException e) {
            LOG.warnf("e-mail digest of subscription %s failed, tried again in %s: %s", subscription.id(),
                    config.email().retryAfter(), e.toString());
            subscriptions.retryAt(subscription.id(), now.plus(config.email().retryAfter()));
            subscriptions.log(subscription.id(), from, to, 0, now, "failed", error(e));
        }
    }

    private Optional<EmailDigest> compose(DueEmail subscription, DeliverySchedule schedule, Instant from, Instant to) {
        List<Digest.Kind> kinds = subscription.kinds().stream().map(Digest.Kind::valueOf).toList();
        List<Digest> found = digests.latestCreatedIn(subscription.lang(), EmailTargets.tag(subscription.target()), kinds, from, to,
                config.email().maxDigests());
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
        return EmailDigest.compose(new EmailDigestRequest(subscription.lang(), schedule.zone(),
                EmailTargets.label(subscription.target(), subscription.lang(), topics), from, to, entries, titles,
                unsubscribeUrl(subscription)));
    }

    private String unsubscribeUrl(DueEmail subscription) {
        return UnsubscribeToken.link(config.publicUrl(), subscription.id(), subscription.secret());
    }

    private static String error(RuntimeException e) {
        String message = e.getCause() == null ? e.toString() : e + " (" + e.getCause() + ")";
        return message.length() > MAX_ERROR_CHARS ? message.substring(0, MAX_ERROR_CHARS) : message;
    }
}
