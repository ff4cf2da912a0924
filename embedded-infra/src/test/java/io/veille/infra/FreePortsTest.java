package io.veille.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picksDistinctPortsBelowTheEphemeralRange() {
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.pick();
            assertThat(port).isBetween(20_000, FreePorts.ephemeralRangeStart() - 1);
            assertThat(picked.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }
}
