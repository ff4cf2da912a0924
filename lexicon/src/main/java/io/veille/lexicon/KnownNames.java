package io.veille.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Places and organisations under one key with their French and English names, so that "Émirats
 * arabes unis", "United Arab Emirates" and "UAE" are one entity to the extractor and to the
 * summary's grounding. Read once, in this order (an earlier source keeps a form another also gives):
 * <ol>
 * <li>{@code known-names.tsv}: international organisations, common abbreviations of countries, French
 * regions and cities, written here;</li>
 * <li>CLDR through ICU4J: every territory, continent and region grouping (key {@code region:FR},
 * {@code region:150}), long and short names in both languages ("Royaume-Uni", "R.-U.", "United
 * Kingdom", "UK"); the European Union and the United Nations are organisations;</li>
 * <li>CLDR's exemplar cities of the time zones (key {@code city:Europe/London}: "Londres", "London").</li>
 * </ol>
 * A form is looked up without case, accents, hyphens or apostrophe style ("Etats Unis" is "États-Unis").
 */
public final class KnownNames {

    /** What a known name is. */
    public enum Kind { PLACE, ORGANISATION }

    /**
     * @param key   language-neutral and stable ("region:AE", "city:Asia/Dubai", "org:nato")
     * @param fr    the French name, the entity's canonical name in French
     * @param en    the English name
     * @param forms every form it is written as, fr and en first
     */
    public record Known(String key, Kind kind, String fr, String en, List<String> forms) {
        public Known {
            forms = List.copyOf(forms);
        }

        /** The name in a language ("fr" or "en"; French otherwise). */
        public String name(String lang) {
            return "en".equals(lang) ? en : fr;
        }
    }

    private static final Set<String> SKIPPED_REGIONS = Set.of("001", "ZZ", "QO", "EZ");
    private static final Map<String, Kind> ORGANISATION_REGIONS = Map.of("EU", Kind.ORGANISATION, "UN", Kind.ORGANISATION);
    private static final Map<String, Known> BY_FORM;
    private static final Map<String, Known> BY_KEY;

    static {
        Map<String, Known> byKey = new LinkedHashMap<>();
        Map<String, Known> byForm = new LinkedHashMap<>();
        for (Known k : all()) {
            byKey.merge(k.key(), k, KnownNames::union);
        }
        byKey.values().forEach(k -> k.forms().forEach(f -> byForm.putIfAbsent(fold(f), k)));
        BY_KEY = Collections.unmodifiableMap(byKey);
        BY_FORM = Collections.unmodifiableMap(byForm);
    }

    private KnownNames() {
    }

    /** The known place or organisation a text form names ("Etats-Unis", "USA", "Pékin"), if any. */
    public static Optional<Known> lookup(String form) {
        return Optional.ofNullable(BY_FORM.get(fold(form)));
    }

    /** The entry of a key ("region:DE"), if any. */
    public static Optional<Known> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Every known name, in the order of the sources. */
    public static Collection<Known> entries() {
        return BY_KEY.values();
    }

    /** Lower case, no accents, one space for hyphens and runs of spaces, one apostrophe. */
    public static String fold(String form) {
        String s = Normalizer.normalize(form.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\u00A0\\-‐–]+", " ");
    }

    private static List<Known> all() {
        List<Known> known = new ArrayList<>(written());
        known.addAll(regions());
        known.addAll(cities());
        return known;
    }

    /** known-names.tsv: kind, key, French forms, English forms ("|" between forms, the first the name). */
    private static List<Known> written() {
        List<Known> known = new ArrayList<>();
        for (String[] row : WordList.rows("known-names.tsv")) {
            if (row.length < 4) {
                throw new IllegalStateException("known-names.tsv: a row needs kind, key, French and English forms: "
                        + String.join("\t", row));
            }
            List<String> fr = List.of(row[2].strip().split("\\|"));
            List<String> en = List.of(row[3].strip().split("\\|"));
            Set<String> forms = new LinkedHashSet<>(fr);
            forms.addAll(en);
            known.add(new Known(row[1].strip(), Kind.valueOf(row[0].strip()), fr.get(0), en.get(0), List.copyOf(forms)));
        }
        return known;
    }

    private static List<Known> regions() {
        LocaleDisplayNames fr = LocaleDisplayNames.getInstance(ULocale.FRENCH);
        LocaleDisplayNames frShort = LocaleDisplayNames.getInstance(ULocale.FRENCH, DisplayContext.LENGTH_SHORT);
        LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames enShort = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_SHORT);
        Set<String> codes = new TreeSet<>();
        for (Region.RegionType type : List.of(Region.RegionType.TERRITORY, Region.RegionType.CONTINENT,
                Region.RegionType.SUBCONTINENT, Region.RegionType.GROUPING)) {
            Region.getAvailable(type).forEach(r -> codes.add(r.toString()));
        }
        codes.add("EU");
        codes.add("UN");
        List<Known> known = new ArrayList<>();
        for (String code : codes) {
            // a region CLDR leaves untranslated (its name is its code), or writes as a common noun ("région micronésienne")
            if (SKIPPED_REGIONS.contains(code) || code.equals(fr.regionDisplayName(code)) || code.equals(en.regionDisplayName(code))
                    || !capitalised(fr.regionDisplayName(code)) || !capitalised(en.regionDisplayName(code))) {
                continue;
            }
            Set<String> forms = new LinkedHashSet<>();
            for (String name : List.of(fr.regionDisplayName(code), en.regionDisplayName(code),
                    frShort.regionDisplayName(code), enShort.regionDisplayName(code))) {
                forms.addAll(variants(name));
            }
            forms.removeIf(f -> f.equals(code) || !capitalised(f));
            known.add(new Known("region:" + code, ORGANISATION_REGIONS.getOrDefault(code, Kind.PLACE),
                    fr.regionDisplayName(code), en.regionDisplayName(code), List.copyOf(forms)));
        }
        return known;
    }

    private static List<Known> cities() {
        TimeZoneNames fr = TimeZoneNames.getInstance(ULocale.FRENCH);
        TimeZoneNames en = TimeZoneNames.getInstance(ULocale.ENGLISH);
        List<Known> known = new ArrayList<>();
        for (String zone : new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null))) {
            String frName = fr.getExemplarLocationName(zone);
            String enName = en.getExemplarLocationName(zone);
            // "Tell City, Indiana" and "Center (Dakota du Nord)" are zones of a state, not names a text uses
            if (frName == null || enName == null || (frName + enName).matches(".*[,(\\[].*")
                    || !capitalised(frName) || !capitalised(enName)) {
                continue;
            }
            Set<String> forms = new LinkedHashSet<>(List.of(frName, enName));
            known.add(new Known("city:" + zone, Kind.PLACE, frName, enName, List.copyOf(forms)));
        }
        return known;
    }

    /** A CLDR name and its plain readings: "Myanmar (Birmanie)" is also "Myanmar" and "Birmanie"; "&" is "and". */
    private static List<String> variants(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        var m = java.util.regex.Pattern.compile("^(.+?) \\((.+)\\)$").matcher(name);
        if (m.matches()) {
            out.add(m.group(1));
            out.add(m.group(2));
        }
        if (name.contains(" & ")) {
            out.add(name.replace(" & ", " and "));
        }
        return out;
    }

    private static boolean capitalised(String name) {
        return name != null && !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    private static Known union(Known a, Known b) {
        Set<String> forms = new LinkedHashSet<>(a.forms());
        forms.addAll(b.forms());
        return new Known(a.key(), a.kind(), a.fr(), a.en(), List.copyOf(forms));
    }
}
