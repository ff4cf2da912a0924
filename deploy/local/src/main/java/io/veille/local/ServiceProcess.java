package io.veille.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the three Quarkus services, run from its packaged {@code quarkus-run.jar}. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * How to start one service.
     *
     * @param name           the module directory, e.g. {@code crawler-service}, or a further replica of it
     *                       ({@code summary-service-2})
     * @param managementPort where the prod profile serves /q/health and /q/metrics
     * @param properties     system properties, on the command line that any local user may read with ps: never a secret
     * @param environment    variables added to the child's environment, readable only by its user: the secrets
     *                       (database password, API keys)
     */
    public record Launch(String name, int port, int managementPort, Map<String, String> properties,
                         Map<String, String> environment) {

        @Override
        public String toString() {
            return "Launch[" + name + ", port " + port + ", management " + managementPort + ", properties " + properties
                    + ", environment " + environment.keySet() + "]";
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final ChildProcess process;

    private ServiceProcess(Launch launch, ChildProcess process) {
        this.name = launch.name();
        this.port = launch.port();
        this.managementPort = launch.managementPort();
        this.process = process;
    }

    /** @param log where its output goes (a restarted service writes a new one, keeping the old) */
    public static ServiceProcess start(Path home, Launch launch, Path log) {
        Path jar = home.resolve(Replicas.moduleOf(launch.name())).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new StackException(launch.name() + " is not built (" + jar + " is missing): run ./veille build");
        }
        return new ServiceProcess(launch, ChildProcess.start(launch.name(), command(jar, launch), launch.environment(), home,
                log));
    }

    /** The child's command line: ports and the launch's properties, nothing from its environment. */
    static List<String> command(Path jar, Launch launch) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx384m"));
        command.add("-Dquarkus.http.port=" + launch.port());
        command.add("-Dquarkus.management.port=" + launch.managementPort());
        launch.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Health and metrics: the management interface of the prod profile, which the packaged services run. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public ChildProcess process() {
        return process;
    }

    /** Polls {@code /q/health/ready} on the management port until it answers 200; fails early if the JVM exits. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        String last = "no answer";
        while (true) {
            process.failIfExited();
            try {
                HttpResponse<String> response = HTTP.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + name, e);
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s (" + managementUrl()
                        + "/q/health/ready: " + last + "); " + process.logHint());
            }
            ChildProcess.pause(Duration.ofMillis(500));
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
