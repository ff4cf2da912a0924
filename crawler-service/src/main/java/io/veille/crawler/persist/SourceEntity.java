package io.veille.crawler.persist;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.veille.crawler.source.SourceDefinition;

/** A source as an operator defined it, kept as written (validated before it is stored) so that defaults can move. */
@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String feed;

    @Column(nullable = false)
    public String kind;

    public String language;

    @Column(name = "poll_interval")
    public String pollInterval;

    @Column(name = "allow_private", nullable = false)
    public boolean allowPrivate;

    @Column(name = "max_age")
    public String maxAge;

    public String backfill;

    @Column(name = "host_delay")
    public String hostDelay;

    @Column(name = "link_filters")
    public String linkFilters;

    public String deny;

    @Column(nullable = false)
    public boolean paused;

    @Column(nullable = false)
    public boolean deleted;

    @Column(nullable = false)
    public boolean seeded;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "leased_by")
    public String leasedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    SourceDefinition definition() {
        return new SourceDefinition(id, feed, language, pollInterval, allowPrivate, kind, maxAge, backfill, hostDelay,
                lines(linkFilters), lines(deny) == null ? List.of() : lines(deny), paused);
    }

    void copy(SourceDefinition d, String kindLabel) {
        feed = d.feed().strip();
        kind = kindLabel;
        language = d.language();
        pollInterval = d.pollInterval();
        allowPrivate = Boolean.TRUE.equals(d.allowPrivate());
        maxAge = d.maxAge();
        backfill = d.backfill();
        hostDelay = d.hostDelay();
        linkFilters = d.linkFilters() == null ? null : String.join("\n", d.linkFilters());
        deny = d.deny() == null || d.deny().isEmpty() ? null : String.join("\n", d.deny());
        paused = Boolean.TRUE.equals(d.paused());
    }

    /** Lists are kept one item a line: a deny pattern may hold any character but a line break. */
    private static List<String> lines(String text) {
        return text == null ? null : Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).toList();
    }
}
