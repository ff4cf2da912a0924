package io.veille.summary.digest;

import java.util.List;

import io.veille.contracts.Digest;

/** The title and items of a digest in one language, before it gets an id and a version. */
public record DigestText(String title, List<Digest.Item> items) {

    public DigestText {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
