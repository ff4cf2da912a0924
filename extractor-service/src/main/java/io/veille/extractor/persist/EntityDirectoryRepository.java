package io.veille.extractor.persist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.veille.contracts.EventJson;

import io.veille.support.persist.SqlValues;

/**
 * GET /api/v1/entities: entity rows of all articles grouped into one entity per normalised name
 * and type. A search term selects the groups any of whose rows match it by name or alias; the
 * counts then cover the whole group.
 */
@ApplicationScoped
public class EntityDirectoryRepository {

    private static final String GROUPS = """
            select e.name_key, e.type,
                   (array_agg(e.name order by coalesce(a.published_at, a.created_at) desc, e.id desc))[1],
                   cast(jsonb_agg(e.aliases || to_jsonb(e.name)) as text),
                   count(distinct e.article_id),
                   sum(jsonb_array_length(e.mentions)),
                   max(coalesce(a.published_at, a.created_at))
            """;
    private static final String FROM = " from extractor.entity e join extractor.article a on a.id = e.article_id";
    private static final String GROUP_BY = " group by e.name_key, e.type";
    private static final String MOST_CITED_FIRST =
            " order by count(distinct e.article_id) desc, sum(jsonb_array_length(e.mentions)) desc, e.name_key, e.type";
    // The substring match runs on the trigram-indexed search_text (one normalised key a line). The
    // name_key = any(array(...)) pre-filter is for the planner: it then reads the matching groups
    // through entity_name_key_type_idx instead of hashing the whole table (42 ms -> 9 ms, 100k rows).
    private static final String MATCHING_GROUPS = " " + """
            and e.name_key = any (array(select m.name_key from extractor.entity m
                 where m.search_text like '%' || extractor.name_key(cast(:q as text)) || '%' escape '\\'))
            and (e.name_key, e.type) in (select m.name_key, m.type from extractor.entity m
                 where m.search_text like '%' || extractor.name_key(cast(:q as text)) || '%' escape '\\')""";

    private final EntityManager em;

    public EntityDirectoryRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * @param q    part of a name or alias (any case, any accents), or null for all
     * @param type PERSON, ORG, LOC, or null for all
     */
    public Slice<EntitySummary> search(String q, String type, int pageIndex, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (type != null) {
            where.append(" and e.type = :type");
            params.put("type", type);
        }
        if (q != null) {
            where.append(MATCHING_GROUPS);
            params.put("q", SqlValues.likeLiteral(q));
        }
        Query count = em.createNativeQuery("select count(*) from (select 1" + FROM + where + GROUP_BY + ") g");
        params.forEach(count::setParameter);
        long total = SqlValues.longValue(count.getSingleResult());
        if (total == 0) {
            return new Slice<>(List.of(), 0);
        }
        Query page = em.createNativeQuery(GROUPS + FROM + where + GROUP_BY + MOST_CITED_FIRST, Object[].class)
                .setFirstResult(pageIndex * size)
                .setMaxResults(size);
        params.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        return new Slice<>(rows.stream().map(EntityDirectoryRepository::summary).toList(), total);
    }

    /** Ids of the articles naming the entity (canonical name or alias), newest first. */
    public Slice<String> articleIds(String name, String type, int pageIndex, int size) {
        String from = " " + """
                from extractor.article a where exists (select 1 from extractor.entity e where e.article_id = a.id
                  and e.type = :type and e.search_keys @> array[extractor.name_key(cast(:name as text))])""";
        Query count = em.createNativeQuery("select count(*)" + from).setParameter("type", type).setParameter("name", name);
        long total = SqlValues.longValue(count.getSingleResult());
        if (total == 0) {
            return new Slice<>(List.of(), 0);
        }
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select a.id" + from + " order by a.published_at desc nulls last, a.id", String.class)
                .setParameter("type", type).setParameter("name", name)
                .setFirstResult(pageIndex * size).setMaxResults(size)
                .getResultList();
        return new Slice<>(ids, total);
    }

    private static EntitySummary summary(Object[] r) {
        String name = (String) r[2];
        TreeSet<String> aliases = new TreeSet<>();
        for (String[] spellings : EventJson.read((String) r[3], String[][].class)) {
            aliases.addAll(List.of(spellings));
        }
        aliases.remove(name);
        return new EntitySummary(name, (String) r[0], (String) r[1], new ArrayList<>(aliases),
                SqlValues.longValue(r[4]), SqlValues.longValue(r[5]), SqlValues.instant(r[6]));
    }
}
