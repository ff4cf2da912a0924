package io.veille.contracts.net;

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
            "v6-private.example", List.of("fd12:3456:789a::1"),
            "localhost", List.of("127.0.0.1", "::1"),
            "127.0.0.1", List.of("127.0.0.1"),
            "::1", List.of("::1"))),
            Set.of(HostPort.parse("localhost:8080"), HostPort.parse("127.0.0.1:8080"), HostPort.parse("[::1]:8443")));

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
        assertThatCode(() -> guard.check(URI.create("https://news.example/a"), null)).doesNotThrowAnyException();
    }

    @Test
    void a_name_resolving_to_a_private_address_is_refused() {
        assertThatThrownBy(() -> guard.check(URI.create("https://intranet.example/"), null))
                .isInstanceOf(AddressRefusedException.class).hasMessageContaining("10.1.2.3");
        assertThatThrownBy(() -> guard.check(URI.create("https://v6-private.example/"), null))
                .isInstanceOf(AddressRefusedException.class);
    }

    @Test
    void one_private_address_among_public_ones_is_enough_to_refuse() {
        assertThatThrownBy(() -> guard.check(URI.create("http://sneaky.example/"), null))
                .isInstanceOf(AddressRefusedException.class).hasMessageContaining("127.0.0.1");
    }

    @Test
    void ip_literals_are_checked_too_including_bracketed_ipv6() {
        AddressGuard strict = new AddressGuard(HostResolver.system(), Set.of());
        assertThatThrownBy(() -> strict.check(URI.create("http://[::1]:8080/"), null)).isInstanceOf(AddressRefusedException.class);
        assertThatThrownBy(() -> strict.check(URI.create("http://169.254.169.254/latest/meta-data"), null))
                .isInstanceOf(AddressRefusedException.class);
    }

    @Test
    void only_http_and_https_are_fetched() {
        assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"), null))
                .isInstanceOf(AddressRefusedException.class).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> guard.check(URI.create("gopher://news.example/"), null)).isInstanceOf(AddressRefusedException.class);
    }

    @Test
    void allow_listed_host_and_port_pairs_and_a_trusted_origin_may_be_private() {
        assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8080/feed"), null)).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("http://LOCALHOST:8080/feed"), null)).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("http://[::1]:8443/feed"), null)).doesNotThrowAnyException();
        HostPort intranet = HostPort.of(URI.create("http://intranet.example/"));
        assertThatCode(() -> guard.check(URI.create("http://intranet.example/feed"), intranet)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:5432/", "http://127.0.0.1/", "http://localhost:9092/", "http://[::1]:8080/",
            "http://127.0.0.1:8081/api/v1/fetch"})
    void another_port_of_an_allow_listed_host_is_refused(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url), null))
                .isInstanceOf(AddressRefusedException.class).hasMessageContaining("allow-list");
    }

    @Test
    void a_trusted_origin_is_one_host_and_port_not_the_host() {
        HostPort intranet = HostPort.of(URI.create("http://intranet.example/"));
        assertThatThrownBy(() -> guard.check(URI.create("http://intranet.example:5432/"), intranet))
                .isInstanceOf(AddressRefusedException.class).hasMessageContaining("intranet.example:5432");
        assertThatThrownBy(() -> guard.check(URI.create("https://intranet.example/"), intranet))
                .isInstanceOf(AddressRefusedException.class).hasMessageContaining("intranet.example:443");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "::1", "[::1]", "10.0.0.1:", "host:port", "127.0.0.1:70000"})
    void an_allow_list_entry_without_a_valid_port_is_rejected(String entry) {
        assertThatThrownBy(() -> HostPort.parse(entry)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    }

    @Test
    void an_allow_list_entry_names_its_host_in_lower_case_and_ipv6_without_brackets() {
        assertThat(HostPort.parse(" LocalHost:8080 ")).isEqualTo(new HostPort("localhost", 8080));
        assertThat(HostPort.parse("[::1]:8080")).isEqualTo(new HostPort("::1", 8080));
        assertThat(HostPort.parse("[::1]:8080")).hasToString("[::1]:8080");
    }

    @Test
    void an_unknown_host_is_a_failure_of_the_target_not_a_refusal() {
        assertThatThrownBy(() -> guard.check(URI.create("http://nowhere.example/"), null)).isInstanceOf(UnresolvedHostException.class);
    }
}
