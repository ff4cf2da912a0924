package io.veille.summary.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.summary.Articles;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;
import io.veille.summary.digest.ExtractiveDigestWriter;

/**
 * How many invented figures and names the grounding check catches. Grounded digest sentences
 * about the demo corpus articles get a fixed, seeded set of mutations (a figure off by one or by
 * 10 %, the wrong scale, currency, year or day, an invented percentage, an invented person or
 * organisation, two people's names mixed); each mutant must be caught. Correct renderings (the
 * grounded sentences, reformulations such as "€109bn" and "109 Md€", and the extractive digests)
 * must all pass. Writes target/grounding-catch-rate.json.
 */
class GroundingCatchRateTest {

    private static final long SEED = 20250209L;
    private static final String MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
            + "|January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,3}(?:[ ,]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)");
    private static final Pattern DATE_AFTER = Pattern.compile("^(?:er)?\\s*(?:(?:et|au|–|-|to|and)\\s*\\d{1,2}\\s*)?(?:" + MONTHS + ")");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})(?:er)?(?=\\s+(?:" + MONTHS + "))");
    private static final List<String> INVENTED_PEOPLE = List.of("Olaf Scholz", "Keir Starmer", "Sam Altman", "Thierry Breton",
            "Giorgia Meloni", "Pedro Sánchez", "Bruno Le Maire", "Sundar Pichai");
    private static final List<String> INVENTED_ORGS = List.of("Microsoft", "Google DeepMind", "Anthropic", "Meta",
            "Salesforce", "SoftBank", "Deutsche Telekom", "Capgemini");

    /** Payers and recipients of the summit article's amounts, as each language writes them at a sentence's start. */
    private static final Map<String, List<String>> ACTORS = Map.of(
            "fr", List.of("Emmanuel Macron", "Les Émirats arabes unis", "Le canadien Brookfield", "Fluidstack", "Current AI", "Mistral AI"),
            "en", List.of("Emmanuel Macron", "The United Arab Emirates", "Canadian fund Brookfield", "Fluidstack", "Current AI", "Mistral AI"));

    private final GroundingCheck check = new GroundingCheck();

    /** A grounded sentence in both languages, about one article. */
    record Grounded(ExtractedArticle article, String fr, String en) {
    }

    record Mutant(String operator, String lang, String original, String mutated, boolean caught) {
    }

    private static final ExtractedArticle SUMMIT = GroundingArticles.summit("s1");
    private static final ExtractedArticle STUDY = GroundingArticles.study("e1");
    private static final ExtractedArticle EPR = Articles.range("r1");

    private static final List<Grounded> SENTENCES = List.of(
            new Grounded(SUMMIT, "Emmanuel Macron a annoncé le 9 février 2025 un plan de 109 milliards d'euros pour l'IA.",
                    "On 9 February 2025 Emmanuel Macron announced a €109bn plan for AI."),
            new Grounded(SUMMIT, "Les Émirats arabes unis investiront jusqu'à 50 milliards d'euros dans un campus IA.",
                    "The United Arab Emirates will invest up to €50 billion in an AI campus."),
            new Grounded(SUMMIT, "Le canadien Brookfield investira 20 milliards d'euros à Cambrai.",
                    "Canadian fund Brookfield will invest €20bn in Cambrai."),
            new Grounded(SUMMIT, "La présidente de la Commission européenne, Ursula von der Leyen, a présenté un programme de 200 milliards d'euros.",
                    "European Commission President Ursula von der Leyen presented a €200bn programme."),
            new Grounded(SUMMIT, "Current AI disposera d'un fonds de 2,5 milliards de dollars, face aux 500 milliards de dollars du projet Stargate.",
                    "Current AI will have a $2.5bn fund, against $500bn for the Stargate project."),
            new Grounded(SUMMIT, "La France veut former 100 000 jeunes par an et porter le nombre de chercheurs de 40 000 à 100 000 d'ici 2030.",
                    "France wants to train 100,000 young people a year and raise the number of researchers from 40,000 to 100,000 by 2030."),
            new Grounded(SUMMIT, "Le vice-président américain J.D. Vance a rencontré Narendra Modi au Grand Palais.",
                    "US Vice President J.D. Vance met Narendra Modi at the Grand Palais."),
            new Grounded(SUMMIT, "Fluidstack investira 10 milliards d'euros dans un supercalculateur de 1 gigawatt.",
                    "Fluidstack will invest €10bn in a 1 GW supercomputer."),
            new Grounded(SUMMIT, "Le sommet s'est tenu les 10 et 11 février à Paris, où Yoshua Bengio a appelé à la prudence.",
                    "The summit took place on 10–11 February in Paris, where Yoshua Bengio called for caution."),
            new Grounded(STUDY, "Selon le Boston Consulting Group, 22 % des entreprises françaises utilisent l'IA générative, contre 15 % en 2023.",
                    "According to the Boston Consulting Group, 22% of French companies use generative AI, up from 15% in 2023."),
            new Grounded(STUDY, "Mistral AI, cofondée par Arthur Mensch, a levé 600 millions d'euros en juin 2024.",
                    "Mistral AI, co-founded by Arthur Mensch, raised €600m in June 2024."),
            new Grounded(STUDY, "L'IA pourrait ajouter 250 milliards d'euros à l'économie européenne d'ici 2030.",
                    "AI could add €250bn to the European economy by 2030."),
            new Grounded(EPR, "La Cour des comptes estime le surcoût des réacteurs EPR2 entre 10 et 20 milliards d'euros.",
                    "The Cour des comptes puts the extra cost of the EPR2 reactors at €10–20bn."));

    /** Correct renderings that are not the sentences above: other formats, other names for the same things. */
    private static final List<Grounded> REFORMULATIONS = List.of(
            new Grounded(SUMMIT, "Macron a promis 109 Md€ le 9 février.", "Macron pledged €109 billion on February 9, 2025."),
            new Grounded(SUMMIT, "Un plan de 109 G€ dévoilé au palais de l'Élysée.", "A 109 billion euro plan unveiled at the Élysée Palace."),
            new Grounded(SUMMIT, "Le président Emmanuel Macron a annoncé 109 000 000 000 € d'investissements.",
                    "French President Emmanuel Macron announced EUR 109bn of investment at the Paris AI Action Summit."),
            new Grounded(SUMMIT, "Current AI : 2,5 Md$.", "Current AI will get $2.5 billion, against half of the US$500bn of Stargate."),
            new Grounded(SUMMIT, "Les Émirats arabes unis mettront jusqu'à 50 Md€.", "The UAE will put up to €50bn into the campus."),
            new Grounded(SUMMIT, "Fluidstack : un supercalculateur d'un GW pour 10 milliards d'euros.",
                    "Britain's Fluidstack plans a 1 gigawatt supercomputer for €10 billion."),
            new Grounded(SUMMIT, "Objectif : 100 000 chercheurs en 2030, contre 40 000 aujourd'hui.",
                    "The goal: 100 000 researchers in 2030, up from 40 000 today."),
            new Grounded(SUMMIT, "Ursula von der Leyen a promis 200 milliards, Narendra Modi et J.D. Vance étaient présents.",
                    "Von der Leyen promised €200bn; India's Narendra Modi and JD Vance attended."),
            new Grounded(STUDY, "22 pour cent des entreprises, contre 15 pour cent en 2023, selon le BCG.",
                    "22 per cent of companies, against 15 percent in 2023, says BCG."),
            new Grounded(STUDY, "Mistral AI a levé 600 M€ en juin 2024.", "Mistral AI raised €600 million in June 2024."),
            new Grounded(EPR, "Surcoût des EPR2 : de 10 à 20 Md€.", "EPR2 overrun: between €10bn and €20bn."));

    @Test
    void catches_invented_figures_and_names_and_passes_every_correct_rendering() throws IOException {
        Random random = new Random(SEED);
        List<Mutant> mutants = new ArrayList<>();
        for (Grounded sentence : SENTENCES) {
            for (String lang : List.of("fr", "en")) {
                for (Map.Entry<String, BiFunction<String, Random, Optional<String>>> op : operators(sentence.article(), lang).entrySet()) {
                    String original = "fr".equals(lang) ? sentence.fr() : sentence.en();
                    Optional<String> mutated = op.getValue().apply(original, random).filter(m -> !m.equals(original));
                    mutated.ifPresent(m -> mutants.add(new Mutant(op.getKey(), lang, original, m,
                            !check.check(replace(sentence, lang, m), List.of(sentence.article())).grounded())));
                }
            }
        }
        List<String> falseAlarms = new ArrayList<>();
        int correct = 0;
        for (Grounded g : concat(SENTENCES, REFORMULATIONS)) {
            correct++;
            GroundingResult result = check.check(replace(g, "en", g.en()), List.of(g.article()));
            if (!result.grounded()) {
                falseAlarms.add(g.en() + " / " + g.fr() + " -> " + result.unsupported());
            }
        }
        for (ExtractedArticle article : List.of(SUMMIT, STUDY, EPR, Articles.summit("a1"))) {
            correct++;
            GroundingResult result = check.check(new ExtractiveDigestWriter().write(article).text(), List.of(article));
            if (!result.grounded()) {
                falseAlarms.add("extractive digest of " + article.articleId() + " -> " + result.unsupported());
            }
        }

        long caught = mutants.stream().filter(Mutant::caught).count();
        double catchRate = (double) caught / mutants.size();
        double falseAlarmRate = (double) falseAlarms.size() / correct;
        String json = json(mutants, caught, catchRate, correct, falseAlarms, falseAlarmRate);
        Path out = Path.of("target", "grounding-catch-rate.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.println(json);

        assertThat(mutants).as("mutants").hasSizeGreaterThan(150);
        assertThat(falseAlarms).as("false alarms on correct renderings").isEmpty();
        assertThat(catchRate).as("share of invented figures and names caught; missed: %s",
                mutants.stream().filter(m -> !m.caught()).map(Mutant::mutated).toList()).isGreaterThanOrEqualTo(0.95);
    }

    private static Bilingual replace(Grounded sentence, String lang, String text) {
        DigestText fr = new DigestText("Sommet pour l'action sur l'IA",
                List.of(new Digest.Item("fr".equals(lang) ? text : sentence.fr(), List.of(), List.of())));
        DigestText en = new DigestText("AI Action Summit",
                List.of(new Digest.Item("en".equals(lang) ? text : sentence.en(), List.of(), List.of())));
        return new Bilingual(fr, en);
    }

    /** The mutation operators, in a fixed order; each returns empty when the sentence has nothing it can change. */
    private static Map<String, BiFunction<String, Random, Optional<String>>> operators(ExtractedArticle article, String lang) {
        Set<BigDecimal> values = values(article);
        Set<Integer> years = years(article);
        Map<String, BiFunction<String, Random, Optional<String>>> ops = new LinkedHashMap<>();
        ops.put("figure ±1", (s, r) -> figure(s, lang, values, v -> v.add(r.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate())));
        ops.put("figure ±10%", (s, r) -> figure(s, lang, values, v -> v.multiply(new BigDecimal(r.nextBoolean() ? "1.1" : "0.9"))));
        ops.put("wrong scale", (s, r) -> firstReplacement(s, new String[][] {{"milliards", "millions"}, {"Md€", "M€"},
                {"G€", "M€"}, {"bn", "m"}, {" billion", " million"}, {"millions", "milliards"}, {"€600m", "€600bn"}}));
        ops.put("wrong currency", (s, r) -> firstReplacement(s, new String[][] {{"d'euros", "de dollars"},
                {"de dollars", "d'euros"}, {"€", "$"}, {"$", "€"}}));
        ops.put("wrong year", (s, r) -> year(s, years, r));
        ops.put("wrong day", (s, r) -> day(s, days(article), r));
        ops.put("invented percentage", (s, r) -> {
            int p = 11 + r.nextInt(79);
            while (values.contains(BigDecimal.valueOf(p))) {
                p++;
            }
            return Optional.of(s.substring(0, s.length() - 1) + ("fr".equals(lang) ? ", en hausse de " + p + " %." : ", up " + p + "%."));
        });
        ops.put("invented person", (s, r) -> {
            String invented = INVENTED_PEOPLE.get(r.nextInt(INVENTED_PEOPLE.size()));
            Optional<String> person = names(article, "PERSON").stream().filter(s::contains).findFirst();
            return Optional.of(person.map(p -> s.replace(p, invented)).orElse(
                    s.substring(0, s.length() - 1) + ("fr".equals(lang) ? ", selon " : ", according to ") + invented + "."));
        });
        ops.put("invented organisation", (s, r) -> names(article, "ORG").stream().filter(s::contains).findFirst()
                .map(o -> s.replace(o, INVENTED_ORGS.get(r.nextInt(INVENTED_ORGS.size())))));
        ops.put("swapped actor", (s, r) -> {
            // another actor of the same article, given this sentence's amount ("Brookfield's €20bn to the UAE")
            List<String> actors = article == SUMMIT ? ACTORS.get(lang) : List.of();
            Optional<String> actor = actors.stream().filter(s::contains).findFirst();
            if (actor.isEmpty() || !s.matches(".*(?:€|\\$|euros|dollars).*")) {
                return Optional.empty();
            }
            List<String> others = actors.stream().filter(a -> !a.equals(actor.get())).toList();
            return Optional.of(s.replace(actor.get(), others.get(r.nextInt(others.size()))));
        });
        ops.put("swapped name", (s, r) -> {
            List<String> people = names(article, "PERSON");
            Optional<String> person = people.stream().filter(s::contains).findFirst();
            if (person.isEmpty() || people.size() < 2) {
                return Optional.empty();
            }
            List<String> others = people.stream().filter(p -> !p.equals(person.get())).toList();
            String other = others.get(r.nextInt(others.size()));
            String first = person.get().split(" ")[0];
            String last = other.substring(other.lastIndexOf(' ') + 1);
            return Optional.of(s.replace(person.get(), first + " " + last));
        });
        return ops;
    }

    /** The first figure that is not part of a date, changed; skipped when the change lands on a value the article has. */
    private static Optional<String> figure(String s, String lang, Set<BigDecimal> values,
            java.util.function.UnaryOperator<BigDecimal> change) {
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            String written = m.group(1);
            boolean year = YEAR.matcher(written).matches();
            if (year || DATE_AFTER.matcher(s.substring(m.end())).find() || s.substring(0, m.start()).endsWith("EPR")) {
                continue;
            }
            char group = written.matches("\\d{1,3}(?:[ ,]\\d{3})+") ? written.charAt(written.length() - 4) : 0;
            BigDecimal value = new BigDecimal(group != 0 ? written.replace(String.valueOf(group), "") : written.replace(',', '.'));
            BigDecimal changed = change.apply(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            if (changed.signum() <= 0 || values.contains(NumberMentions.normal(changed))) {
                return Optional.empty();
            }
            String text = changed.scale() <= 0 ? String.format(java.util.Locale.ROOT, "%,d", changed.longValueExact())
                    .replace(',', group == 0 ? ',' : group) : changed.toPlainString();
            if (group == 0 && changed.scale() <= 0) {
                text = changed.toPlainString();
            }
            if ("fr".equals(lang)) {
                text = text.replace('.', ',');
            }
            return Optional.of(s.substring(0, m.start()) + text + s.substring(m.end()));
        }
        return Optional.empty();
    }

    private static Optional<String> firstReplacement(String s, String[][] pairs) {
        for (String[] pair : pairs) {
            if (s.contains(pair[0])) {
                return Optional.of(s.replaceFirst(Pattern.quote(pair[0]), Matcher.quoteReplacement(pair[1])));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> year(String s, Set<Integer> years, Random r) {
        Matcher m = YEAR.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group());
        int sign = r.nextBoolean() ? 1 : -1;
        for (int delta = 1; delta < 10; delta++) {
            int candidate = year + sign * delta;
            if (!years.contains(candidate)) {
                return Optional.of(s.substring(0, m.start()) + candidate + s.substring(m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> day(String s, Set<Integer> days, Random r) {
        Matcher m = DAY.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        for (int delta = 3 + r.nextInt(5); delta < 20; delta++) {
            int candidate = (day + delta - 1) % 28 + 1;
            if (!days.contains(candidate)) {
                return Optional.of(s.substring(0, m.start()) + candidate + s.substring(m.end(1)));
            }
        }
        return Optional.empty();
    }

    private static List<String> names(ExtractedArticle article, String type) {
        return article.entities().stream().filter(e -> type.equals(e.type())).map(ExtractedArticle.Entity::name).toList();
    }

    private static Set<BigDecimal> values(ExtractedArticle article) {
        Set<BigDecimal> values = new TreeSet<>();
        for (Fact f : article.facts()) {
            for (BigDecimal v : new BigDecimal[] {f.value(), f.valueEnd()}) {
                if (v != null) {
                    // a figure written with its scale word: the article's 109000000000 is the written 109
                    for (BigDecimal scale : new BigDecimal[] {BigDecimal.ONE, BigDecimal.TEN.pow(6), BigDecimal.TEN.pow(9)}) {
                        values.add(NumberMentions.normal(v.divide(scale)));
                    }
                }
            }
        }
        return values;
    }

    private static Set<Integer> years(ExtractedArticle article) {
        Set<Integer> years = new TreeSet<>();
        article.facts().stream().filter(f -> f.date() != null).forEach(f -> years.add(Integer.parseInt(f.date().substring(0, 4))));
        years.add(article.publishedAt().atOffset(ZoneOffset.UTC).getYear());
        return years;
    }

    private static Set<Integer> days(ExtractedArticle article) {
        Set<Integer> days = new TreeSet<>();
        for (Fact f : article.facts()) {
            for (String iso : new String[] {f.date(), f.dateEnd()}) {
                if (iso != null && iso.length() >= 10) {
                    days.add(LocalDate.parse(iso.substring(0, 10)).getDayOfMonth());
                }
            }
        }
        days.add(article.publishedAt().atOffset(ZoneOffset.UTC).getDayOfMonth());
        return days;
    }

    private static List<Grounded> concat(List<Grounded> a, List<Grounded> b) {
        List<Grounded> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String json(List<Mutant> mutants, long caught, double catchRate, int correct, List<String> falseAlarms,
            double falseAlarmRate) {
        Map<String, long[]> byOperator = new LinkedHashMap<>();
        for (Mutant m : mutants) {
            long[] counts = byOperator.computeIfAbsent(m.operator(), k -> new long[2]);
            counts[0]++;
            counts[1] += m.caught() ? 1 : 0;
        }
        String operators = byOperator.entrySet().stream()
                .map(e -> "    \"" + e.getKey() + "\": {\"mutants\": " + e.getValue()[0] + ", \"caught\": " + e.getValue()[1] + "}")
                .collect(Collectors.joining(",\n"));
        String missed = mutants.stream().filter(m -> !m.caught())
                .map(m -> "    \"" + esc("[" + m.lang() + "] " + m.operator() + ": " + m.mutated()) + "\"")
                .collect(Collectors.joining(",\n"));
        String alarms = falseAlarms.stream().map(a -> "    \"" + esc(a) + "\"").collect(Collectors.joining(",\n"));
        return "{\n  \"seed\": " + SEED + ",\n  \"mutants\": " + mutants.size() + ",\n  \"caught\": " + caught
                + ",\n  \"catchRate\": " + String.format(java.util.Locale.ROOT, "%.4f", catchRate)
                + ",\n  \"correctRenderings\": " + correct + ",\n  \"falseAlarms\": " + falseAlarms.size()
                + ",\n  \"falseAlarmRate\": " + String.format(java.util.Locale.ROOT, "%.4f", falseAlarmRate)
                + ",\n  \"byOperator\": {\n" + operators + "\n  },\n  \"missed\": [\n" + missed + "\n  ],\n  \"falseAlarmTexts\": [\n"
                + alarms + "\n  ]\n}\n";
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
