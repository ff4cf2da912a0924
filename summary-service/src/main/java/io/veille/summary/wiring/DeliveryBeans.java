package io.veille.summary.wiring;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.veille.contracts.net.AddressGuard;
import io.veille.contracts.net.HostPort;
import io.veille.contracts.net.HostResolver;
import io.veille.summary.config.DeliveryConfig;
import io.veille.summary.delivery.RetryBackoff;

/** The webhooks' SSRF guard (system DNS, veille.delivery.allow-private-hosts) and their retry backoff. */
@ApplicationScoped
public class DeliveryBeans {

    // Singleton, not ApplicationScoped: final classes cannot be proxied.
    @Produces
    @Singleton
    AddressGuard webhookGuard(DeliveryConfig config) {
        Set<HostPort> allowed = config.allowPrivateHosts().orElse(List.of()).stream()
                .filter(entry -> !entry.isBlank()).map(HostPort::parse).collect(Collectors.toSet());
        return new AddressGuard(HostResolver.system(), allowed);
    }

    @Produces
    @Singleton
    RetryBackoff deliveryBackoff(DeliveryConfig config) {
        SecureRandom random = new SecureRandom();
        return new RetryBackoff(config.backoffInitial(), config.backoffMax(), random::nextDouble);
    }
}
