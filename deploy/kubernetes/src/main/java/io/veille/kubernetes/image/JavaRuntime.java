package io.veille.kubernetes.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;

/**
 * The base of Veille's images, made on the build machine instead of pulled from a registry (none
 * is reachable from Veille's build machines): a jlink runtime of the JDK running the build, and
 * the C library files it links (found with ldd), with a passwd naming the non-root user.
 */
final class JavaRuntime {

    static final AbsoluteUnixPath JAVA_HOME = AbsoluteUnixPath.get("/opt/java");

    /** What Quarkus, Kafka, Hibernate, Flyway, Lingua and the JDK's locale data need; a module the JDK lacks is left out. */
    private static final List<String> MODULES = List.of("java.base", "java.compiler", "java.desktop", "java.instrument",
            "java.logging", "java.management", "java.naming", "java.net.http", "java.prefs", "java.rmi", "java.scripting",
            "java.security.jgss", "java.security.sasl", "java.sql", "java.transaction.xa", "java.xml", "java.xml.crypto",
            "jdk.charsets", "jdk.crypto.ec", "jdk.jfr", "jdk.localedata", "jdk.management", "jdk.management.agent",
            "jdk.naming.dns", "jdk.net", "jdk.unsupported", "jdk.zipfs");
    /** Libraries for a display or sound, which a headless service never loads: their X11 and ALSA dependencies stay out. */
    private static final Set<String> HEADLESS_SKIPS = Set.of("libawt_xawt.so", "libjawt.so", "libsplashscreen.so", "libjsound.so");
    private static final Pattern LDD_PATH = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x");

    private final Path runtime;

    private JavaRuntime(Path runtime) {
        this.runtime = runtime;
    }

    /** The runtime in dir, linked there first if absent (about 20 s, then reused by every service's image). */
    static JavaRuntime at(Path dir) throws IOException, InterruptedException {
        if (!Files.isExecutable(dir.resolve("bin/java"))) {
            Path jdk = Path.of(System.getProperty("java.home"));
            Set<String> available = new TreeSet<>(run(List.of(jdk.resolve("bin/java").toString(), "--list-modules")).lines()
                    .map(l -> l.replaceFirst("@.*", "").strip()).toList());
            List<String> modules = MODULES.stream().filter(available::contains).toList();
            Files.createDirectories(dir.getParent());
            run(List.of(jdk.resolve("bin/jlink").toString(), "--add-modules", String.join(",", modules),
                    "--strip-debug", "--no-man-pages", "--no-header-files", "--output", dir.toString()));
        }
        return new JavaRuntime(dir);
    }

    FileEntriesLayer javaLayer() throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("java-runtime");
        try (Stream<Path> files = Files.walk(runtime)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                layer.addEntry(file, JAVA_HOME.resolve(runtime.relativize(file).toString()),
                        Files.isExecutable(file) ? FilePermissions.fromOctalString("755") : FilePermissions.DEFAULT_FILE_PERMISSIONS);
            }
        }
        return layer.build();
    }

    /** The C library files the runtime links, a passwd and group for uid 185, and a /tmp (Kubernetes mounts an emptyDir on it). */
    FileEntriesLayer systemLayer() throws IOException, InterruptedException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("system");
        for (String library : linkedLibraries()) {
            layer.addEntry(Path.of(library).toRealPath(), AbsoluteUnixPath.get(library), FilePermissions.fromOctalString("755"));
        }
        Path etc = Files.createDirectories(runtime.resolveSibling("image-etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\nveille:x:185:185:Veille:/deployments:/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\nveille:x:185:\n");
        Files.writeString(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
        for (String file : List.of("passwd", "group", "nsswitch.conf")) {
            layer.addEntry(etc.resolve(file), AbsoluteUnixPath.get("/etc/" + file));
        }
        Path tmp = Files.createDirectories(runtime.resolveSibling("image-tmp"));
        layer.addEntry(tmp, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"));
        return layer.build();
    }

    /** Every library outside the runtime that its executables and libraries link, the dynamic loader included. */
    private List<String> linkedLibraries() throws IOException, InterruptedException {
        Set<String> libraries = new TreeSet<>();
        List<Path> binaries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(runtime)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".so") || f.getParent().endsWith("bin"))
                    .filter(f -> !HEADLESS_SKIPS.contains(f.getFileName().toString()))
                    .forEach(binaries::add);
        }
        for (Path binary : binaries) {
            // ldd fails on a file that is not a dynamic executable (a script): nothing to add then
            Matcher m = LDD_PATH.matcher(run(List.of("ldd", binary.toString()), false));
            while (m.find()) {
                if (!m.group(1).startsWith(runtime.toString())) {
                    libraries.add(m.group(1));
                }
            }
        }
        if (libraries.stream().noneMatch(l -> l.contains("libc.so"))) {
            throw new IllegalStateException("ldd found no C library under " + runtime + ": is this a glibc Linux?");
        }
        return new ArrayList<>(libraries);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return run(command, true);
    }

    private static String run(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || (mustSucceed && process.exitValue() != 0)) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip());
        }
        return out;
    }
}
