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
 * resource ({@code TYPE <tab> canonical <tab> alias|alias}). Rows of type PRODUCT name products and
 * works ("ChatGPT", "Le Chat") that look like organisations but are none: they are never reported.
 * Immutable once loaded.
 */
public final class Gazetteer {

    /** A known name: the canonical entity it stands for. */
    record Known(String canonical, EntityType type) {
    }

    private final Map<String, Known> byName;
    private final java.util.Set<String> products;
    private final int longestName;

    private Gazetteer(Map<String, Known> byName, java.util.Set<String> products) {
        this.byName = Collections.unmodifiableMap(byName);
        this.products = java.util.Set.copyOf(products);
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
        java.util.Set<String> products = new java.util.HashSet<>();
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
            List<String> all = new ArrayList<>(List.of(cols[1].strip()));
            if (cols.length > 2) {
                all.addAll(List.of(cols[2].split("\\|")));
            }
            if (cols[0].strip().equals("PRODUCT")) {
                all.forEach(name -> products.add(key(name)));
                continue;
            }
            Known known = new Known(cols[1].strip(), EntityType.valueOf(cols[0].strip()));
            for (String name : all) {
                names.putIfAbsent(key(name), known);
            }
        }
        return new Gazetteer(names, products);
    }

    /** The known name, if any, that the text spells at exactly [start, end). */
    Known lookup(String text, int start, int end) {
        if (end - start > longestName) {
            return null;
        }
        return byName.get(key(text.substring(start, end)));
    }

    /** Whether the gazetteer lists this name as a product or work, not an entity. */
    boolean isProduct(String name) {
        return products.contains(key(name));
    }

    int longestName() {
        return longestName;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\u00A0]+", " ");
    }
}
