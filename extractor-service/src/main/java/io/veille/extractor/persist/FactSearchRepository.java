package io.veille.extractor.persist;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.veille.support.persist.SqlValues;

/**
 * GET /api/v1/facts: facts joined to their article, filtered in SQL. Only the filters given become
 * conditions, so each query gets a plan for what it actually asks.
 */
@ApplicationScoped
public class FactSearchRepository {

    private static final String COLUMNS = """
            select f.id, f.type, f.text, f.start_offset, f.end_offset, f.value, f.currency, f.unit, f.date_value,
                   f.date_end, f.qualifier, f.speaker, f.quote, a.id, a.url, a.title, a.published_at, a.lang, f.value_end
            """;
    private static final String FROM = " from extractor.fact f join extractor.article a on a.id = f.article_id";
    private static final String NEWEST_FIRST = " order by a.published_at desc nulls last, a.id, f.start_offset, f.id";

    private final EntityManager em;

    public FactSearchRepository(EntityManager em) {
        this.em = em;
    }

    public Slice<FactHit> search(FactFilter filter, int pageIndex, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Query count = em.createNativeQuery("select count(*)" + FROM + where);
        params.forEach(count::setParameter);
        long total = SqlValues.longValue(count.getSingleResult());
        if (total == 0) {
            return new Slice<>(List.of(), 0);
        }
        Query page = em.createNativeQuery(COLUMNS + FROM + where + NEWEST_FIRST, Object[].class)
                .setFirstResult(pageIndex * size)
                .setMaxResults(size);
        params.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        return new Slice<>(rows.stream().map(FactSearchRepository::hit).toList(), total);
    }

    private static String where(FactFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.type() != null) {
            where.append(" and f.type = :type");
            params.put("type", filter.type());
        }
        if (filter.currency() != null) {
            where.append(" and f.currency = :currency");
            params.put("currency", filter.currency());
        }
        if (filter.lang() != null) {
            where.append(" and a.lang = :lang");
            params.put("lang", filter.lang());
        }
        if (filter.since() != null) {
            where.append(" and a.published_at >= :since");
            params.put("since", filter.since().atOffset(ZoneOffset.UTC));
        }
        if (filter.entity() != null) {
            // search_keys holds each entity row's normalised name and aliases (GIN-indexed)
            where.append(" " + """
                    and exists (select 1 from extractor.entity e where e.article_id = a.id
                                and e.search_keys @> array[extractor.name_key(cast(:entity as text))])""");
            params.put("entity", filter.entity());
        }
        return where.toString();
    }

    private static FactHit hit(Object[] r) {
        return new FactHit(SqlValues.longValue(r[0]), (String) r[1], (String) r[2], SqlValues.intValue(r[3]),
                SqlValues.intValue(r[4]), SqlValues.decimal(r[5]), (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13], (String) r[14],
                (String) r[15], SqlValues.instant(r[16]), (String) r[17], SqlValues.decimal(r[18]));
    }
}
