package io.veille.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * The settings a service reads: the keys of its application.properties, the environment variables
 * those name as {@code ${VAR}}, and every key of its {@code @ConfigMapping}s (and of the shared
 * service-support mappings). An environment variable the manifests set must be one of them, in
 * MicroProfile Config's environment form (VEILLE_CRAWLER_MIN_HOST_DELAY for veille.crawler.min-host-delay).
 */
final class ServiceSettings {

    /** Read by the JVM, not by the service's configuration. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)[:}]");

    private final Set<String> variables = new LinkedHashSet<>();
    private final List<Pattern> keys = new ArrayList<>();
    private final Properties properties = new Properties();

    private ServiceSettings() {
    }

    /** @param moduleDirs the service's module and the shared modules whose mappings it loads (compiled: target/classes) */
    static ServiceSettings of(Path home, String serviceModule, String... sharedModules) {
        ServiceSettings settings = new ServiceSettings();
        Path file = home.resolve(serviceModule).resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            settings.properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        settings.properties.forEach((key, value) -> {
            settings.keys.add(envForm(key.toString().replaceFirst("^%[^.]+\\.", "")));
            Matcher placeholder = PLACEHOLDER.matcher(value.toString());
            while (placeholder.find()) {
                settings.variables.add(placeholder.group(1));
            }
        });
        for (String module : Stream.concat(Stream.of(serviceModule), Stream.of(sharedModules)).toList()) {
            for (Class<?> mapping : mappings(home.resolve(module).resolve("target/classes"))) {
                String prefix = mapping.getAnnotation(ConfigMapping.class).prefix();
                for (String key : keysOf(mapping, prefix)) {
                    settings.keys.add(envForm(key));
                }
            }
        }
        return settings;
    }

    boolean reads(String environmentVariable) {
        return JVM_VARIABLES.contains(environmentVariable) || variables.contains(environmentVariable)
                || keys.stream().anyMatch(k -> k.matcher(environmentVariable).matches());
    }

    /** The topics its channels read and write, dead-letter topics included. */
    Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        properties.forEach((key, value) -> {
            if (key.toString().matches("mp\\.messaging\\.(incoming|outgoing)\\..+\\.topics?")) {
                for (String topic : value.toString().split(",")) {
                    topics.add(topic.strip());
                }
            }
        });
        return topics;
    }

    Optional<String> property(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }

    /** veille.summary.topics.*.terms to ^VEILLE_SUMMARY_TOPICS_[A-Z0-9_]+_TERMS$. */
    static Pattern envForm(String key) {
        StringBuilder regex = new StringBuilder();
        for (String part : key.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[A-Z0-9_]+");
            }
            regex.append(Pattern.quote(part.replaceAll("[^A-Za-z0-9]", "_").toUpperCase()));
        }
        return Pattern.compile(regex.toString());
    }

    /** Every key a mapping interface reads, map keys and list indexes as '*'. */
    static List<String> keysOf(Class<?> mapping, String prefix) {
        List<String> keys = new ArrayList<>();
        for (Method method : mapping.getMethods()) {
            if (method.getParameterCount() > 0 || method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String key = method.isAnnotationPresent(WithParentName.class) ? prefix
                    : prefix + "." + (method.isAnnotationPresent(WithName.class)
                            ? method.getAnnotation(WithName.class).value() : kebab(method.getName()));
            add(keys, key, method.getGenericReturnType());
        }
        return keys;
    }

    private static void add(List<String> keys, String key, Type type) {
        Class<?> raw = raw(type);
        if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
            Type element = argument(type, 0);
            if (Collection.class.isAssignableFrom(raw) && isGroup(raw(element))) {
                add(keys, key + "[*]", element);
            } else {
                add(keys, key, element);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            add(keys, key + ".*", argument(type, 1));
        } else if (isGroup(raw)) {
            keys.addAll(keysOf(raw, key));
        } else {
            keys.add(key);
        }
    }

    private static boolean isGroup(Class<?> type) {
        return type.isInterface() && !type.getName().startsWith("java.");
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static List<Class<?>> mappings(Path classes) {
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException(classes + " is missing: build with -am so the services are compiled");
        }
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, ServiceSettings.class.getClassLoader());
                    if (type.isAnnotationPresent(ConfigMapping.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class whose dependencies the test classpath lacks holds no mapping we read
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + classes, e);
        }
    }
}
