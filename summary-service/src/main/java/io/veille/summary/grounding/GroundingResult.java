package io.veille.summary.grounding;

import java.util.List;

/** The claims of a generated digest that no fact of the cited articles supports. */
public record GroundingResult(List<String> unsupported) {

    public GroundingResult {
        unsupported = List.copyOf(unsupported);
    }

    public boolean grounded() {
        return unsupported.isEmpty();
    }
}
