package io.veille.extractor.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known people, organisations and places with the other names they go by, read from a TSV
 * resource ({@code TYPE <tab> canonical <tab> alias|alias}). Immutable once loaded.
 */
public final class Gazetteer {

    /** A known name: the canonical entity it stands for. */
    record Known(String canonical, EntityType type) {
    }

    private final Map<String, Known> byName;
    private final int longestName;

    private Gazetteer(Map<String, Known> byName) {
        this.byName = Collections.unmodifiableMap(byName);
        this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The gazetteer shipped with the extractor. */
    public static Gazetteer bundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.tsv missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Gazetteer read(InputStream tsv) throws IOException {
        Map<String, Known> names = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            Known known = new Known(cols[1].strip(), EntityType.valueOf(cols[0].strip()));
            List<String> all = new ArrayList<>(List.of(known.canonical()));
            if (cols.length > 2) {
                all.addAll(List.of(cols[2].split("\\|")));
            }
            for (String name : all) {
                names.putIfAbsent(key(name), known);
            }
        }
        return new Gazetteer(names);
    }

    /** The known name, if any, that the text spells at exactly [start, end). */
    Known lookup(String text, int start, int end) {
        if (end - start > longestName) {
            return null;
        }
        return byName.get(key(text.substring(start, end)));
    }

    int longestName() {
        return longestName;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\u00A0]+", " ");
    }
}
