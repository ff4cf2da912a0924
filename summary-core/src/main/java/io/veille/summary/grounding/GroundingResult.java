package io.veille.summary.grounding;

import java.util.List;

/** The claims of a generated digest that no fact of the cited articles supports. */
public record GroundingResult(List<String> unsupported) {

    public GroundingResult {
        // The same claim in the title and an item is one claim.
        unsupported = List.copyOf(new java.util.LinkedHashSet<>(unsupported));
    }

    public boolean grounded() {
        return unsupported.isEmpty();
    }
}
