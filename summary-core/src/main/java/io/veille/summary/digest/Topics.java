package io.veille.summary.digest;

import java.util.List;

/** The digest topics configured, in id order. */
public record Topics(List<Topic> all) {

    public Topics {
        all = List.copyOf(all);
    }
}
