package io.veille.summary.persist;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** summary.digest: one row per digest id and version. */
@Entity
@Table(name = "digest")
@IdClass(DigestEntity.Key.class)
public class DigestEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Id
    public int version;

    public String lang;

    public String kind;

    @Column(name = "subject_id")
    public String subjectId;

    public String title;

    /** List of Digest.Item as EventJson. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String items;

    public String provider;

    public String model;

    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "input_hash")
    public String inputHash;

    public boolean published;

    /** Stream sequence number: null until published (V4). */
    public Long seq;

    public static class Key implements Serializable {

        public String id;
        public int version;

        public Key() {
        }

        public Key(String id, int version) {
            this.id = id;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.id, id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version);
        }
    }
}
