package io.veille.summary.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.veille.summary.delivery.EmailTargets;
import io.veille.summary.delivery.UnsubscribeToken;
import io.veille.summary.digest.Topics;
import io.veille.summary.persist.EmailSubscriptionRepository;
import io.veille.summary.persist.EmailSubscriptionRepository.Unsubscribable;
import io.veille.support.api.ProblemException;

/**
 * The unsubscribe link of digest e-mails: its token is checked (in constant time) before anything
 * is said or done; an unknown subscription and a wrong token get the same 403, so the link tells
 * nothing about which subscriptions exist.
 */
@ApplicationScoped
public class Unsubscriptions {

    /** The subscription a valid link names: its language and what its target is called, for the pages. */
    public record Subscriber(String lang, String targetLabel) {
    }

    private final EmailSubscriptionRepository subscriptions;
    private final Topics topics;
    private final Clock clock;

    public Unsubscriptions(EmailSubscriptionRepository subscriptions, Topics topics, Clock clock) {
        this.subscriptions = subscriptions;
        this.topics = topics;
        this.clock = clock;
    }

    /** @throws ProblemException 403 unless the token is the subscription's */
    public Subscriber check(String subscriptionId, String token) {
        Unsubscribable subscription = subscriptions.forUnsubscribe(subscriptionId)
                .filter(s -> UnsubscribeToken.matches(s.secret(), s.id(), token))
                .orElseThrow(() -> new ProblemException(403, "Forbidden",
                        "this unsubscribe link is not valid: the token does not match subscription " + subscriptionId));
        return new Subscriber(subscription.lang(), EmailTargets.label(subscription.target(), subscription.lang(), topics));
    }

    /** Deactivates the subscription; unsubscribing twice is fine. */
    public Subscriber unsubscribe(String subscriptionId, String token) {
        Subscriber subscriber = check(subscriptionId, token);
        subscriptions.deactivate(subscriptionId, clock.instant());
        return subscriber;
    }
}
