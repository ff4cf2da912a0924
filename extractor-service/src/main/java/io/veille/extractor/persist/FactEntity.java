package io.veille.extractor.persist;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of extractor.fact; (article_id, type, start_offset, end_offset) is its natural key. */
@Entity
@Table(name = "fact")
public class FactEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String text;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    public BigDecimal value;

    /** The upper bound of a range, value being the lower one; null when the fact is not a range. */
    @Column(name = "value_end")
    public BigDecimal valueEnd;

    public String currency;
    public String unit;

    @Column(name = "date_value")
    public String dateValue;

    @Column(name = "date_end")
    public String dateEnd;

    public String qualifier;
    public String speaker;
    public String quote;
}
