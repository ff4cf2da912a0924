package io.veille.summary.persist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** summary.llm_call: one row per call to a model, whatever its outcome. */
@Entity
@Table(name = "llm_call")
public class LlmCallEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String provider;

    public String model;

    @Column(name = "tokens_in")
    public int tokensIn;

    @Column(name = "tokens_out")
    public int tokensOut;

    @Column(name = "latency_ms")
    public long latencyMs;

    public String outcome;

    @Column(name = "created_at")
    public Instant createdAt;
}
