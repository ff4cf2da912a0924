package io.veille.kubernetes.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.CredentialRetriever;
import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;

/**
 * A service's container image, built with Jib from its fast-jar (target/quarkus-app) on a base that
 * needs no registry: a jlink runtime of the build's own JDK and the C library it links, from
 * scratch ({@link JavaRuntime}). Written as an OCI tar, or pushed to a registry with {@code --push}.
 *
 * <pre>ServiceImage --app crawler-service/target/quarkus-app --name veille/veille-crawler:0.1.0 --port 8081 --port 9081
 *              --runtime target/image-runtime (--out target/images/veille-crawler.tar | --push registry.example.com/veille)</pre>
 */
public final class ServiceImage {

    /** The user the images run as (no root): the uid the manifests' securityContext names. */
    static final String USER = "185:185";
    static final AbsoluteUnixPath APP = AbsoluteUnixPath.get("/deployments");

    private ServiceImage() {
    }

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args);
        JavaRuntime runtime = JavaRuntime.at(a.runtime());
        JibContainerBuilder image = Jib.fromScratch()
                .setFormat(ImageFormat.OCI)
                .addFileEntriesLayer(runtime.systemLayer())
                .addFileEntriesLayer(runtime.javaLayer())
                .setEnvironment(java.util.Map.of("JAVA_HOME", JavaRuntime.JAVA_HOME.toString(), "LANG", "C.UTF-8"))
                .setUser(USER)
                .setWorkingDirectory(APP)
                .setEntrypoint(List.of(JavaRuntime.JAVA_HOME.resolve("bin/java").toString(),
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar", APP.resolve("quarkus-run.jar").toString()));
        for (FileEntriesLayer layer : fastJarLayers(a.app())) {
            image.addFileEntriesLayer(layer);
        }
        for (int port : a.ports()) {
            image.addExposedPort(Port.tcp(port));
        }
        Containerizer to = a.push() == null ? tar(a) : registry(a);
        image.containerize(to.setToolName("veille-service-image")
                .setApplicationLayersCache(a.runtime().resolveSibling("jib-cache"))
                .setBaseImageLayersCache(a.runtime().resolveSibling("jib-cache")));
        System.out.println("veille: image " + a.name() + (a.push() == null ? " written to " + a.out() : " pushed to " + a.push()));
    }

    private static Containerizer tar(Arguments a) throws InvalidImageReferenceException, IOException {
        Files.createDirectories(a.out().getParent());
        return Containerizer.to(TarImage.at(a.out()).named(a.name())).setOfflineMode(true);
    }

    /** Credentials from VEILLE_REGISTRY_USER / VEILLE_REGISTRY_PASSWORD when set, else none (an open or pre-authorised registry). */
    private static Containerizer registry(Arguments a) throws InvalidImageReferenceException {
        ImageReference target = ImageReference.parse(a.push() + "/" + a.name());
        RegistryImage registry = RegistryImage.named(target);
        String user = System.getenv("VEILLE_REGISTRY_USER");
        String password = System.getenv("VEILLE_REGISTRY_PASSWORD");
        if (user != null && password != null) {
            CredentialRetriever credentials = () -> java.util.Optional.of(Credential.from(user, password));
            registry.addCredentialRetriever(credentials);
        }
        return Containerizer.to(registry);
    }

    /**
     * The fast-jar in the layers Quarkus itself uses: dependencies (change rarely, so a new version
     * of Veille pushes only the last layer), then Quarkus's generated files and the application.
     */
    static List<FileEntriesLayer> fastJarLayers(Path app) throws IOException {
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalArgumentException(app + " holds no quarkus-run.jar: package the service first (./mvnw package)");
        }
        List<FileEntriesLayer> layers = new ArrayList<>();
        layers.add(directoryLayer("dependencies", app, "lib"));
        FileEntriesLayer.Builder application = FileEntriesLayer.builder().setName("application");
        for (String part : List.of("quarkus", "app", "quarkus-run.jar")) {
            addTree(application, app, part);
        }
        layers.add(application.build());
        return layers;
    }

    private static FileEntriesLayer directoryLayer(String name, Path app, String dir) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        addTree(layer, app, dir);
        return layer.build();
    }

    private static void addTree(FileEntriesLayer.Builder layer, Path app, String part) throws IOException {
        Path root = app.resolve(part);
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                layer.addEntry(file, APP.resolve(app.relativize(file).toString()));
            }
        }
    }

    record Arguments(Path app, String name, Path runtime, Path out, String push, List<Integer> ports) {

        static Arguments parse(String[] args) {
            Path app = null;
            String name = null;
            Path runtime = null;
            Path out = null;
            // -Dveille.images.push=REGISTRY (./veille build --images --push REGISTRY) pushes instead of writing a tar
            String push = System.getProperty("veille.images.push", "").isBlank() ? null : System.getProperty("veille.images.push");
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--app" -> app = Path.of(value);
                    case "--name" -> name = value;
                    case "--runtime" -> runtime = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--push" -> push = value == null || value.isBlank() ? null : value;
                    case "--port" -> ports.add(Integer.parseInt(value));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
                i++;
            }
            if (app == null || name == null || runtime == null || (out == null && push == null)) {
                throw new IllegalArgumentException("usage: --app DIR --name IMAGE --runtime DIR (--out FILE.tar | --push REGISTRY) [--port N]...");
            }
            return new Arguments(app.toAbsolutePath(), name, runtime.toAbsolutePath(), out == null ? null : out.toAbsolutePath(), push, ports);
        }
    }
}
