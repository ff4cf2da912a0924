package io.veille.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.veille.contracts.net.AddressGuard;
import io.veille.crawler.fetch.FetchLimits;
import io.veille.crawler.fetch.FetchRequest;
import io.veille.crawler.fetch.GuardedFetcher;
import io.veille.crawler.fetch.HostPoliteness;
import io.veille.contracts.net.HostPort;
import io.veille.contracts.net.HostResolver;
import io.veille.crawler.site.LocalSite;
import io.veille.crawler.site.LocalSite.Answer;
import io.veille.crawler.site.MutableClock;

class RobotsGateTest {

    private static final String TEXT = "text/plain";

    private LocalSite site;
    private MutableClock clock;
    private GuardedFetcher guarded;
    private RobotsAwareFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        site.on("/news/a.html", Answer.ok("text/html", "<p>a</p>"));
        site.on("/news/b.html", Answer.ok("text/html", "<p>b</p>"));
        site.on("/private/page.html", Answer.ok("text/html", "<p>secret</p>"));
        clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
        HostPoliteness politeness = new HostPoliteness(Duration.ZERO);
        FetchLimits limits = new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(5), 3, 1_000_000, 100, "VeilleBot/test");
        guarded = new GuardedFetcher(new AddressGuard(HostResolver.system(), Set.of(new HostPort("127.0.0.1", site.port()))),
                politeness, limits, clock);
        RobotsPolicy policy = new RobotsPolicy("veillebot", 512 * 1024, Duration.ofHours(24), Duration.ofMinutes(10),
                Duration.ofSeconds(30), 100);
        fetcher = new RobotsAwareFetcher(guarded, new RobotsGate(guarded, politeness, policy, clock));
    }

    @AfterEach
    void stop() {
        guarded.close();
        site.close();
    }

    @Test
    void a_disallowed_page_is_never_fetched_and_robots_txt_is_read_once() {
        site.on("/robots.txt", Answer.ok(TEXT, "User-agent: *\nDisallow: /private/\n"));

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(site.url("/private/page.html"))))
                .isInstanceOf(RobotsDisallowedException.class).hasMessageContaining("disallows");
        assertThat(fetcher.fetch(FetchRequest.of(site.url("/news/a.html"))).status()).isEqualTo(200);

        assertThat(site.hits("/private/page.html")).isEmpty();
        assertThat(site.hits("/robots.txt")).hasSize(1);
    }

    @Test
    void a_group_naming_our_product_token_wins_over_the_star_group() {
        site.on("/robots.txt", Answer.ok(TEXT, "User-agent: *\nAllow: /\n\nUser-agent: VeilleBot\nDisallow: /news/b\n"));

        assertThat(fetcher.fetch(FetchRequest.of(site.url("/news/a.html"))).status()).isEqualTo(200);
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(site.url("/news/b.html"))))
                .isInstanceOf(RobotsDisallowedException.class);
        assertThat(site.hits("/news/b.html")).isEmpty();
    }

    @Test
    void a_crawl_delay_of_two_seconds_separates_two_fetches_of_the_host() {
        site.on("/robots.txt", Answer.ok(TEXT, "User-agent: *\nCrawl-delay: 2\n"));

        fetcher.fetch(FetchRequest.of(site.url("/news/a.html")));
        fetcher.fetch(FetchRequest.of(site.url("/news/b.html")));

        assertThat(site.gapBetween("/news/a.html", "/news/b.html")).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(fetcher.robots().decision(site.url("/")).orElseThrow().crawlDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_robots_txt_answering_503_closes_the_host_for_the_configured_time_then_it_is_asked_again() {
        site.on("/robots.txt", Answer.status(503));

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(site.url("/news/a.html"))))
                .isInstanceOf(RobotsDisallowedException.class).hasMessageContaining("closed until")
                .satisfies(e -> assertThat(((RobotsDisallowedException) e).temporary()).as("pages are tried later").isTrue());
        clock.advance(Duration.ofMinutes(9));
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(site.url("/news/a.html"))))
                .isInstanceOf(RobotsDisallowedException.class);
        assertThat(site.hits("/robots.txt")).as("kept for the configured 10 minutes").hasSize(1);
        assertThat(site.hits("/news/a.html")).isEmpty();

        site.on("/robots.txt", Answer.status(404));
        clock.advance(Duration.ofMinutes(2));
        assertThat(fetcher.fetch(FetchRequest.of(site.url("/news/a.html"))).status()).isEqualTo(200);
        assertThat(site.hits("/robots.txt")).hasSize(2);
        assertThat(fetcher.robots().decision(site.url("/")).orElseThrow().kind()).isEqualTo(RobotsDecision.Kind.ALLOW_ALL);
    }

    @Test
    void a_robots_txt_answering_403_allows_everything() {
        site.on("/robots.txt", Answer.status(403));
        assertThat(fetcher.fetch(FetchRequest.of(site.url("/private/page.html"))).status()).isEqualTo(200);
    }

    @Test
    void a_ten_megabyte_robots_txt_is_read_up_to_the_cap_and_its_rules_still_apply() {
        String head = "User-agent: *\nDisallow: /private/\nSitemap: " + site.base() + "/sitemap.xml\n";
        String filler = "# filler line that says nothing at all, only to be long\n".repeat(10 * 1024 * 1024 / 56);
        site.on("/robots.txt", Answer.ok(TEXT, head + filler + "Disallow: /news/\n"));

        assertThat(fetcher.fetch(FetchRequest.of(site.url("/news/a.html"))).status())
                .as("the rule past the cap is not read").isEqualTo(200);
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(site.url("/private/page.html"))))
                .isInstanceOf(RobotsDisallowedException.class);
        RobotsDecision decision = fetcher.robots().decision(site.url("/")).orElseThrow();
        assertThat(decision.note()).contains("the rest was ignored");
        assertThat(decision.sitemaps()).containsExactly(site.base() + "/sitemap.xml");
    }

    @Test
    void an_expired_decision_is_read_again() {
        site.on("/robots.txt", Answer.ok(TEXT, "User-agent: *\nDisallow:\n"));
        fetcher.fetch(FetchRequest.of(site.url("/news/a.html")));
        clock.advance(Duration.ofHours(25));
        fetcher.fetch(FetchRequest.of(site.url("/news/b.html")));
        assertThat(site.hits("/robots.txt")).hasSize(2);
    }
}
