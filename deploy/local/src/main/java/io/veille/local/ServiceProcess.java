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

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final ChildProcess process;

    private ServiceProcess(String name, int port, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * @param name       the module directory, e.g. {@code crawler-service}
     * @param properties system properties given to the service (the shared configuration contract)
     * @param log        where its output goes (a restarted service writes a new one, keeping the old)
     */
    public static ServiceProcess start(Path home, String name, int port, Map<String, String> properties, Path log) {
        Path jar = home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new StackException(name + " is not built (" + jar + " is missing): run ./veille build");
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx384m"));
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        return new ServiceProcess(name, port, ChildProcess.start(name, command, home, log));
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

    public ChildProcess process() {
        return process;
    }

    /** Polls {@code /q/health/ready} until it answers 200; fails early if the JVM exits. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
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
                throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s (" + url()
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
