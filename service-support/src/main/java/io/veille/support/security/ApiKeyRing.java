package io.veille.support.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The keys a service accepts and the roles each grants. A presented key is compared with every
 * known key in constant time, so neither the answer's timing nor an early exit tells how much of a
 * guess was right. Keys are never part of a message or a principal name.
 */
public final class ApiKeyRing {

    /** What a known key is: its roles and a name that can be logged (its scope and position, never the key). */
    public record Holder(String name, Set<String> roles) {
    }

    private record Entry(byte[] key, Holder holder) {
    }

    private final List<Entry> entries;
    private final boolean readsOpen;

    public ApiKeyRing(List<String> readKeys, List<String> adminKeys) {
        this(readKeys, List.of(), adminKeys);
    }

    public ApiKeyRing(List<String> readKeys, List<String> subscribeKeys, List<String> adminKeys) {
        List<Entry> all = new ArrayList<>();
        List<String> reads = clean(readKeys);
        add(all, "read-key-", reads, Set.of(Roles.READ));
        add(all, "subscribe-key-", clean(subscribeKeys), Set.of(Roles.READ, Roles.SUBSCRIBE));
        add(all, "admin-key-", clean(adminKeys), Set.of(Roles.READ, Roles.SUBSCRIBE, Roles.ADMIN));
        this.entries = List.copyOf(all);
        this.readsOpen = reads.isEmpty();
    }

    public static ApiKeyRing of(ApiKeysConfig config) {
        return new ApiKeyRing(
                concat(config.read(), config.readFile()),
                concat(config.subscribe(), config.subscribeFile()),
                concat(config.admin(), config.adminFile()));
    }

    private static void add(List<Entry> entries, String namePrefix, List<String> keys, Set<String> roles) {
        for (int i = 0; i < keys.size(); i++) {
            entries.add(new Entry(bytes(keys.get(i)), new Holder(namePrefix + (i + 1), roles)));
        }
    }

    /** The holder of {@code presented}, if it is a known key. */
    public Optional<Holder> holderOf(String presented) {
        byte[] candidate = bytes(presented.strip());
        Holder found = null;
        for (Entry entry : entries) {
            // every entry is compared, found or not, so the time does not depend on which key matched
            if (MessageDigest.isEqual(entry.key(), candidate) && found == null) {
                found = entry.holder();
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when no read key is configured: reading then needs no key, as on a local demo. */
    public boolean readsOpen() {
        return readsOpen;
    }

    /** Reads a key file: one key a line, blank lines and {@code #} comments ignored. */
    static List<String> readFile(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> concat(Optional<List<String>> listed, Optional<String> file) {
        List<String> keys = new ArrayList<>(listed.orElse(List.of()));
        file.filter(f -> !f.isBlank()).ifPresent(f -> keys.addAll(readFile(Path.of(f.strip()))));
        return keys;
    }

    private static List<String> clean(List<String> keys) {
        return keys.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
