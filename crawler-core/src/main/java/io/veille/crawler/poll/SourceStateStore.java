package io.veille.crawler.poll;

import java.util.List;
import java.util.Optional;

public interface SourceStateStore {

    Optional<SourceState> load(String sourceId);

    List<SourceState> loadAll();

    void save(SourceState state);
}
