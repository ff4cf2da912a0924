package io.veille.crawler.persist;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.veille.crawler.poll.SourceState;
import io.veille.crawler.poll.SourceStateStore;

@ApplicationScoped
public class SourceStateRepository implements PanacheRepositoryBase<SourceStateEntity, String>, SourceStateStore {

    @Override
    @Transactional
    public Optional<SourceState> load(String sourceId) {
        return findByIdOptional(sourceId).map(SourceStateEntity::toState);
    }

    @Override
    @Transactional
    public List<SourceState> loadAll() {
        return listAll().stream().map(SourceStateEntity::toState).toList();
    }

    @Override
    @Transactional
    public void save(SourceState state) {
        SourceStateEntity entity = findByIdOptional(state.sourceId()).orElseGet(() -> {
            SourceStateEntity created = new SourceStateEntity();
            created.sourceId = state.sourceId();
            persist(created);
            return created;
        });
        entity.copy(state);
    }
}
