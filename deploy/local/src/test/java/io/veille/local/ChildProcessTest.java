package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void waits_for_the_ready_line_and_stops_the_child_on_close() {
        ChildProcess child = ChildProcess.start("sleeper", List.of("sh", "-c", "echo booting; echo READY now; exec sleep 60"),
                dir, dir.resolve("logs/sleeper.log"));

        child.awaitLine("READY", Duration.ofSeconds(10));
        assertThat(child.isAlive()).isTrue();
        child.close();

        assertThat(child.isAlive()).isFalse();
        assertThat(child.tail(5)).contains("booting", "READY now");
    }

    @Test
    void a_child_that_exits_before_it_is_ready_fails_with_its_log() {
        ChildProcess child = ChildProcess.start("broken", List.of("sh", "-c", "echo 'no such topic'; exit 3"),
                dir, dir.resolve("broken.log"));

        assertThatThrownBy(() -> child.awaitLine("READY", Duration.ofSeconds(10)))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("broken exited with code 3")
                .hasMessageContaining("no such topic");
    }

    @Test
    void a_child_that_never_gets_ready_times_out_with_its_log() {
        ChildProcess child = ChildProcess.start("slow", List.of("sh", "-c", "echo still starting; exec sleep 60"),
                dir, dir.resolve("slow.log"));
        try {
            assertThatThrownBy(() -> child.awaitLine("READY", Duration.ofMillis(500)))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("did not print 'READY'")
                    .hasMessageContaining("still starting");
        } finally {
            child.close();
        }
    }

    @Test
    void a_child_that_ignores_sigterm_is_killed_after_the_grace_period() {
        ChildProcess child = ChildProcess.start("stubborn", List.of("sh", "-c", "trap '' TERM; echo READY; while true; do sleep 1; done"),
                dir, dir.resolve("stubborn.log"));
        child.awaitLine("READY", Duration.ofSeconds(10));

        child.requestStop();
        child.awaitStop(Duration.ofMillis(500));

        assertThat(child.isAlive()).isFalse();
    }
}
