package io.veille.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server that hangs instead of failing: SIGSTOP of the postmaster and every backend,
 * later SIGCONT of the same processes. Connections stay open and queries simply do not answer, as
 * with a stalled disk or a paused VM. Only for a server this stack started (its cluster directory
 * names the postmaster in {@code postmaster.pid}).
 */
public final class PostgresFreeze {

    private final List<Long> pids;

    private PostgresFreeze(List<Long> pids) {
        this.pids = pids;
    }

    /** Stops the server of {@code clusterDir} and returns the freeze, to be {@link #thaw()}ed. */
    public static PostgresFreeze freeze(Path clusterDir) {
        long postmaster = postmasterPid(clusterDir);
        List<Long> pids = new ArrayList<>();
        // The postmaster first, so that it forks no backend we would miss.
        pids.add(postmaster);
        ProcessHandle.of(postmaster).orElseThrow(() -> new StackException("PostgreSQL (pid " + postmaster + ") is not running"))
                .descendants().forEach(child -> pids.add(child.pid()));
        signal("STOP", pids);
        return new PostgresFreeze(List.copyOf(pids));
    }

    public List<Long> pids() {
        return pids;
    }

    public void thaw() {
        signal("CONT", pids);
    }

    static long postmasterPid(Path clusterDir) {
        try {
            return Long.parseLong(Files.readAllLines(clusterDir.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException e) {
            throw new StackException("no running PostgreSQL in " + clusterDir + ": " + e.getMessage(), e);
        }
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new StackException(String.join(" ", command) + " failed: "
                        + new String(kill.getInputStream().readAllBytes()).strip());
            }
        } catch (IOException e) {
            throw new StackException("cannot run kill: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while sending SIG" + signal, e);
        }
    }
}
