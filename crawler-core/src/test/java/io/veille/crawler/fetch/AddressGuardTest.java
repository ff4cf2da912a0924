package io.veille.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    /** A fake DNS: names map to literal addresses, so no test depends on the network. */
    private static HostResolver dns(Map<String, List<String>> records) {
        return host -> {
            List<String> literals = records.get(host);
            if (literals == null) {
                throw new UnknownHostException(host);
            }
            return literals.stream().map(AddressGuardTest::literal).toList();
        };
    }

    private static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip); // a literal: no lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final AddressGuard guard = new AddressGuard(dns(Map.of(
            "news.example", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "intranet.example", List.of("10.1.2.3"),
            "sneaky.example", List.of("93.184.216.34", "127.0.0.1"),
            "v6-private.example", List.of("fd12:3456:789a::1"))), Set.of("localhost", "127.0.0.1"));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd00::abcd", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1"})
    void private_loopback_link_local_multicast_and_unspecified_addresses_are_not_public(String ip) {
        assertThat(AddressGuard.isPublic(literal(ip))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"})
    void internet_addresses_are_public(String ip) {
        assertThat(AddressGuard.isPublic(literal(ip))).isTrue();
    }

    @Test
    void a_name_resolving_only_to_public_addresses_is_allowed() {
        assertThatCode(() -> guard.check(URI.create("https://news.example/a"), false)).doesNotThrowAnyException();
    }

    @Test
    void a_name_resolving_to_a_private_address_is_refused() {
        assertThatThrownBy(() -> guard.check(URI.create("https://intranet.example/"), false))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("10.1.2.3");
        assertThatThrownBy(() -> guard.check(URI.create("https://v6-private.example/"), false))
                .isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void one_private_address_among_public_ones_is_enough_to_refuse() {
        assertThatThrownBy(() -> guard.check(URI.create("http://sneaky.example/"), false))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("127.0.0.1");
    }

    @Test
    void ip_literals_are_checked_too_including_bracketed_ipv6() {
        AddressGuard strict = new AddressGuard(HostResolver.system(), Set.of());
        assertThatThrownBy(() -> strict.check(URI.create("http://[::1]:8080/"), false)).isInstanceOf(FetchRefusedException.class);
        assertThatThrownBy(() -> strict.check(URI.create("http://169.254.169.254/latest/meta-data"), false))
                .isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void only_http_and_https_are_fetched() {
        assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"), false))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> guard.check(URI.create("gopher://news.example/"), false)).isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void allow_listed_hosts_and_trusted_sources_may_be_private() {
        assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8080/feed"), false)).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("http://LOCALHOST/feed"), false)).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("http://intranet.example/feed"), true)).doesNotThrowAnyException();
    }

    @Test
    void an_unknown_host_is_a_failure_of_the_target_not_a_refusal() {
        assertThatThrownBy(() -> guard.check(URI.create("http://nowhere.example/"), false)).isInstanceOf(FetchFailedException.class);
    }
}
