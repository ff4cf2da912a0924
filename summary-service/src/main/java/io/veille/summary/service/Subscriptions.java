package io.veille.summary.service;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.veille.contracts.net.AddressGuard;
import io.veille.contracts.net.AddressRefusedException;
import io.veille.contracts.net.UnresolvedHostException;
import io.veille.summary.delivery.DeliverySchedule;
import io.veille.summary.delivery.SubscriptionSpec;
import io.veille.summary.persist.DeliveryRepository;
import io.veille.summary.persist.SubscriptionRepository;
import io.veille.summary.persist.SubscriptionRow;
import io.veille.support.api.ProblemException;

/**
 * Creating and changing subscriptions: the spec is checked field by field, a webhook URL must pass the
 * SSRF guard now (and is judged again at every call), an e-mail subscription gets its first send time.
 * Ids and secrets come from a SecureRandom.
 */
@ApplicationScoped
public class Subscriptions {

    private static final int SECRET_BYTES = 32;
    private static final int ID_BYTES = 12; // 16 base64url characters

    private final SubscriptionRepository repository;
    private final DeliveryRepository deliveries;
    private final AddressGuard guard;
    private final WebhookWorker worker;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Subscriptions(SubscriptionRepository repository, DeliveryRepository deliveries, AddressGuard guard,
                         WebhookWorker worker, Clock clock) {
        this.repository = repository;
        this.deliveries = deliveries;
        this.guard = guard;
        this.worker = worker;
        this.clock = clock;
    }

    /** @return the stored subscription with its secret, generated when none was given */
    public SubscriptionRow create(SubscriptionSpec requested) {
        SubscriptionSpec spec = checked(requested);
        Instant now = now();
        String secret = spec.secret() != null ? spec.secret() : randomText(SECRET_BYTES);
        SubscriptionRow row = new SubscriptionRow("sub_" + randomText(ID_BYTES), spec, secret, firstSend(spec, now), true, now, now);
        repository.insert(row);
        return row;
    }

    public Optional<SubscriptionRow> update(String id, SubscriptionSpec requested) {
        SubscriptionSpec spec = checked(requested);
        Instant now = now();
        if (!repository.update(id, spec, spec.secret(), firstSend(spec, now), now)) {
            return Optional.empty();
        }
        return repository.find(id);
    }

    public Optional<SubscriptionRow> find(String id) {
        return repository.find(id);
    }

    public List<SubscriptionRow> page(int page, int size) {
        return repository.page(page, size);
    }

    public long count() {
        return repository.count();
    }

    public boolean delete(String id) {
        return repository.delete(id);
    }

    /**
     * Brings an e-mail subscription's next digest forward to now (a test send, or one a subscriber
     * wants early); its window and later schedule are unchanged.
     */
    public void sendNow(String id) {
        SubscriptionRow row = find(id).orElseThrow(() -> ProblemException.notFound("no subscription " + id));
        if (!row.spec().channel().equals(SubscriptionSpec.EMAIL)) {
            throw new ProblemException(409, "Conflict", "subscription " + id + " is a " + row.spec().channel()
                    + " subscription: only e-mail digests are sent on demand, webhooks follow each digest");
        }
        if (!repository.dueNow(id, now())) {
            throw new ProblemException(409, "Conflict", "subscription " + id + " is unsubscribed");
        }
    }

    public List<DeliveryRepository.Logged> log(String id, int page, int size) {
        return deliveries.log(id, page, size);
    }

    public long deliveryCount(String id) {
        return deliveries.count(id);
    }

    public DeliveryRepository.Requeue retry(String id, long deliveryId) {
        DeliveryRepository.Requeue outcome = deliveries.requeue(id, deliveryId, now());
        if (outcome == DeliveryRepository.Requeue.REQUEUED) {
            worker.wake();
        }
        return outcome;
    }

    private SubscriptionSpec checked(SubscriptionSpec requested) {
        SubscriptionSpec spec;
        try {
            spec = requested.validated();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        if (spec.channel().equals(SubscriptionSpec.WEBHOOK)) {
            URI url = spec.webhookUrl();
            try {
                guard.check(url, null);
            } catch (AddressRefusedException e) {
                throw ProblemException.badRequest("url is refused: " + e.getMessage()
                        + " (veille.delivery.allow-private-hosts lists host:port entries a webhook may reach)");
            } catch (UnresolvedHostException e) {
                throw ProblemException.badRequest("url cannot be reached: " + e.getMessage());
            }
        }
        return spec;
    }

    private static Instant firstSend(SubscriptionSpec spec, Instant now) {
        return spec.channel().equals(SubscriptionSpec.EMAIL) ? DeliverySchedule.parse(spec.schedule(), spec.timeZone()).next(now) : null;
    }

    private String randomText(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    // PostgreSQL keeps microseconds.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
