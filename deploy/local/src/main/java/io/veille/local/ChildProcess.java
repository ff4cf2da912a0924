package io.veille.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM (or any program) the stack runs, its output going to a log file. Children are put in a
 * session of their own when {@code setsid} exists, so that a Ctrl-C in the terminal reaches only
 * the launcher, which then stops them in order instead of all at once.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Path workDir, Path log) {
        return start(name, command, Map.of(), workDir, log);
    }

    /** @param environment added to this JVM's environment for the child: where secrets go, since any user sees a command line */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(full);
            builder.environment().putAll(environment);
            Process process = builder
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            return new ChildProcess(name, process, log);
        } catch (IOException e) {
            throw new StackException("cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    /** The path of the {@code java} running this JVM, so children use the same JDK. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until a line of the log starts with {@code prefix}; fails with the log's tail on exit or timeout. */
    public void awaitLine(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (logLines().stream().anyMatch(line -> line.startsWith(prefix))) {
                return;
            }
            failIfExited();
            if (System.nanoTime() > deadline) {
                throw new StackException(name + " did not print '" + prefix + "' within " + timeout.toSeconds() + " s; "
                        + logHint());
            }
            pause(Duration.ofMillis(100));
        }
    }

    public void failIfExited() {
        if (!process.isAlive()) {
            throw new StackException(name + " exited with code " + process.exitValue() + "; " + logHint());
        }
    }

    public String logHint() {
        return "last lines of " + log + ":\n" + tail(30);
    }

    public String tail(int lines) {
        List<String> all = logLines();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Asks the process to stop (SIGTERM), without waiting: several children can be stopped in parallel. */
    public void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end after {@link #requestStop()}, killing it after {@code grace}. */
    public void awaitStop(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL (kill -9): no shutdown hook runs, nothing is flushed; returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new StackException(name + " (pid " + pid() + ") did not die of SIGKILL within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while killing " + name, e);
        }
    }

    @Override
    public void close() {
        requestStop();
        awaitStop(GRACE);
    }

    private List<String> logLines() {
        try {
            // Lenient decoding: a log cut in the middle of a character must not hide the rest.
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList() : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting", e);
        }
    }
}
