package io.veille.summary.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.veille.summary.config.DeliveryConfig;
import io.veille.summary.delivery.DeliverySchedule;
import io.veille.summary.delivery.EmailDigest;
import io.veille.summary.delivery.UnsubscribeToken;
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
    private final EmailContents contents;
    private final DigestMailer mailer;
    private final DeliveryConfig config;
    private final Clock clock;
    private final ScheduledRuns runs;

    public EmailDigestSender(EmailSubscriptionRepository subscriptions, EmailContents contents, DigestMailer mailer,
            DeliveryConfig config, Clock clock, ScheduledRuns runs) {
        this.subscriptions = subscriptions;
        this.contents = contents;
        this.mailer = mailer;
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
                if (!sendNextDue()) {
                    return;
                }
            }
        } finally {
            runs.exit();
        }
    }

    /** @return false when no subscription is due */
    private boolean sendNextDue() {
        AtomicReference<DueEmail> current = new AtomicReference<>();
        Instant now = clock.instant();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<DueEmail> due = subscriptions.lockNextDue(now);
                due.ifPresent(s -> {
                    current.set(s);
                    run(s, now);
                });
                return due.isPresent();
            });
        } catch (RuntimeException e) {
            DueEmail failed = current.get();
            if (failed == null) {
                LOG.errorf(e, "e-mail digests: no due subscription could be read; tried again at the next tick");
                return false;
            }
            // the run's transaction is lost (a database error): the subscription is put back after the backoff in
            // one of its own, or it would fail at the head of every tick and hold up the others
            LOG.errorf(e, "e-mail digest of subscription %s failed, tried again in %s", failed.id(), config.email().retryAfter());
            QuarkusTransaction.requiringNew().run(() -> failed(failed, now, e));
            return true;
        }
    }

    private void run(DueEmail subscription, Instant now) {
        Instant from = subscription.coveredUntil();
        Instant to = windowEnd(subscription, now);
        int listed = 0;
        try {
            DeliverySchedule schedule = DeliverySchedule.parse(subscription.schedule(), subscription.timeZone());
            Optional<EmailDigest> email = to.isAfter(from) ? contents.of(subscription, schedule.zone(), from, to, unsubscribeUrl(subscription)) : Optional.empty();
            if (email.isPresent()) {
                mailer.send(subscription.email(), email.get(), unsubscribeUrl(subscription));
                listed = email.get().digests();
            }
            subscriptions.advance(subscription.id(), to, schedule.next(now), now);
            subscriptions.log(subscription.id(), from, to, listed, now, listed > 0 ? "sent" : "empty", null);
        } catch (RuntimeException e) {
            LOG.warnf("e-mail digest of subscription %s failed, tried again in %s: %s", subscription.id(),
                    config.email().retryAfter(), e.toString());
            failed(subscription, now, e);
        }
    }

    /** The window keeps its start and is tried again after the backoff. */
    private void failed(DueEmail subscription, Instant now, RuntimeException e) {
        subscriptions.retryAt(subscription.id(), now.plus(config.email().retryAfter()));
        subscriptions.log(subscription.id(), subscription.coveredUntil(), windowEnd(subscription, now), 0, now, "failed", error(e));
    }

    /** now - settle, never before the window's start. */
    private Instant windowEnd(DueEmail subscription, Instant now) {
        Instant end = now.minus(config.email().settle());
        return end.isAfter(subscription.coveredUntil()) ? end : subscription.coveredUntil();
    }

    private String unsubscribeUrl(DueEmail subscription) {
        return UnsubscribeToken.link(config.publicUrl(), subscription.id(), subscription.secret());
    }

    private static String error(RuntimeException e) {
        String message = e.getCause() == null ? e.toString() : e + " (" + e.getCause() + ")";
        return message.length() > MAX_ERROR_CHARS ? message.substring(0, MAX_ERROR_CHARS) : message;
    }
}
