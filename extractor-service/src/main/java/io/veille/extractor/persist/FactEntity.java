package io.veille.extractor.persist;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One row of extractor.fact; (article_id, type, start_offset, end_offset) is its natural key. */
@Entity
@Table(name = "fact")
public class FactEntity extends ArticleRowEntity {

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
