package io.veille.local;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The claims a careless model invents, one kind at a time, written from the facts and text of a
 * prompt so that each is plausible for that article: nudged, rescaled and re-currencied amounts,
 * compact and spelled-out figures, sums, percentages in digits and in words, shifted days and
 * years, invented people and companies (one word opening a sentence, a real word plus a generic
 * one), an amount given to another actor of the article, and claims only in the title or only in
 * one language. Each claim is a whole item or title, so that a published digest can be searched
 * for it exactly.
 */
final class InventedClaims {

    /** Where the claim goes: an added item in each language, an added English item only, or the French title. */
    enum Place { BOTH, ENGLISH_ONLY, FRENCH_TITLE }

    record Claim(String kind, Place place, String fr, String en) {

        /** The exact strings that must never be published. */
        List<String> written() {
            return switch (place) {
                case BOTH -> List.of(fr, en);
                case ENGLISH_ONLY -> List.of(en);
                case FRENCH_TITLE -> List.of(fr);
            };
        }
    }

    /** A fact of the prompt: its type, its text as written, its value and currency, its ISO date. */
    record PromptFact(String id, String type, String text, BigDecimal value, String currency, String date, String dateEnd) {

        PromptFact(String id, String type, String text, BigDecimal value, String currency, String date) {
            this(id, type, text, value, currency, date, null);
        }

        /** Whether the fact names this day, alone or inside its range. */
        boolean names(LocalDate day) {
            LocalDate from = iso(date);
            LocalDate to = iso(dateEnd);
            return from != null && (day.equals(from) || to != null && !day.isBefore(from) && !day.isAfter(to));
        }

        private static LocalDate iso(String s) {
            return s != null && s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : null;
        }
    }

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    private static final Pattern NAME_RUN = Pattern.compile("(?<=[a-zà-ÿ,] )\\p{Lu}[\\p{Ll}]+(?: \\p{Lu}[\\p{L}]+)*");
    private static final DateTimeFormatter FR_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final List<String> COMPANIES = List.of("Siemens", "Samsung", "Capgemini", "Tencent");
    private static final List<String> PEOPLE = List.of("Olaf Scholz", "Keir Starmer", "Giorgia Meloni", "Sundar Pichai");

    static final List<String> KINDS = List.of("nudged amount", "rescaled amount", "re-currencied amount", "compact figure",
            "spelled-out amount", "computed sum", "invented percentage", "spelled-out percentage", "spelled-out quantity",
            "shifted day", "changed year", "one-word company opening a sentence", "real word plus generic word",
            "invented person", "amount given to another actor", "claim only in the title", "claim only in English");

    private InventedClaims() {
    }

    /** The claim of that kind for this prompt, or empty when its facts give the kind nothing to work on. */
    static Optional<Claim> of(String kind, List<PromptFact> facts, String article, int n) {
        List<PromptFact> money = facts.stream().filter(f -> f.type().equals("MONEY") && f.value() != null
                && ("EUR".equals(f.currency()) || "USD".equals(f.currency())) && f.value().compareTo(MILLION) >= 0).toList();
        Set<BigDecimal> values = facts.stream().map(PromptFact::value).filter(v -> v != null)
                .map(BigDecimal::stripTrailingZeros).collect(Collectors.toSet());
        Optional<PromptFact> amount = money.stream().findFirst();
        String text = article == null ? "" : article;
        return switch (kind) {
            case "nudged amount" -> amount.map(m -> shifted(m, 7, values)).map(m -> both(kind,
                    "Un montant de " + fr(m) + " est également évoqué.", "A further " + en(m) + " is also mentioned."));
            case "rescaled amount" -> amount.map(m -> new PromptFact(m.id(), m.type(), m.text(),
                    m.value().compareTo(BILLION) >= 0 ? m.value().divide(BigDecimal.valueOf(1000)) : m.value().multiply(BigDecimal.valueOf(1000)),
                    m.currency(), null)).map(m -> both(kind, "Une enveloppe de " + fr(m) + " est citée.", "An envelope of " + en(m) + " is cited."));
            case "re-currencied amount" -> amount.map(m -> new PromptFact(m.id(), m.type(), m.text(), m.value(),
                    m.currency().equals("EUR") ? "USD" : "EUR", null)).map(m -> both(kind,
                    "Les articles parlent de " + fr(m) + ".", "The articles speak of " + en(m) + "."));
            case "compact figure" -> amount.map(m -> shifted(m, 5, values)).filter(m -> m.value().compareTo(BILLION) >= 0)
                    .map(m -> both(kind, scaled(m) + " Md€ de plus sont annoncés.", "Another €" + scaled(m) + "bn is announced."));
            case "spelled-out amount" -> values.contains(BigDecimal.valueOf(12).multiply(BILLION).stripTrailingZeros()) ? Optional.empty()
                    : Optional.of(both(kind, "Douze milliards d'euros supplémentaires sont évoqués.", "Twelve billion euros more are mentioned."));
            case "computed sum" -> sum(money, values).map(m -> both(kind, "Au total, " + fr(m) + " sont en jeu.", "In all, " + en(m) + " is at stake."));
            case "invented percentage" -> free(37, values).map(p -> both(kind, "Une hausse de " + p + " % est attendue.", "A rise of " + p + "% is expected."));
            case "spelled-out percentage" -> values.contains(BigDecimal.valueOf(35)) ? Optional.empty()
                    : Optional.of(both(kind, "Une hausse de trente-cinq pour cent est attendue.", "A rise of thirty-five per cent is expected."));
            case "spelled-out quantity" -> values.contains(BigDecimal.valueOf(347)) ? Optional.empty()
                    : Optional.of(both(kind, "Trois cent quarante-sept chercheurs sont concernés.", "Three hundred and forty-seven researchers are concerned."));
            case "shifted day" -> day(facts).map(d -> unnamed(d.plusDays(1), facts)).map(d -> both(kind,
                    "Une réunion de suivi est prévue le " + d.format(FR_DAY) + ".", "A follow-up meeting is planned on " + d.format(EN_DAY) + "."));
            case "changed year" -> day(facts).map(d -> unnamed(d.plusYears(1), facts)).map(d -> both(kind,
                    "Un nouveau sommet aura lieu le " + d.format(FR_DAY) + ".", "A new summit will take place on " + d.format(EN_DAY) + "."));
            case "one-word company opening a sentence" -> absent(COMPANIES, text, n).map(c -> both(kind,
                    c + " participe également au financement du projet.", c + " also takes part in the funding."));
            case "real word plus generic word" -> names(text).stream().filter(w -> !w.contains(" ") && w.length() >= 4).findFirst()
                    .map(w -> both(kind, "Le fonds " + w + " Bank participe aussi au tour de table.", "The " + w + " Bank fund also joins the round."));
            case "invented person" -> absent(PEOPLE, text, n).map(p -> both(kind, p + " a salué l'annonce.", p + " welcomed the announcement."));
            case "amount given to another actor" -> swap(money, text).map(s -> both(kind,
                    s[0] + " apporte " + s[1] + ".", s[0] + " provides " + s[2] + "."));
            case "claim only in the title" -> amount.map(m -> shifted(m, 11, values))
                    .map(m -> new Claim(kind, Place.FRENCH_TITLE, "Ce que disent les articles : " + fr(m), null));
            case "claim only in English" -> amount.map(m -> shifted(m, 3, values))
                    .map(m -> new Claim(kind, Place.ENGLISH_ONLY, null, "Another " + en(m) + " is expected."));
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    private static Claim both(String kind, String fr, String en) {
        return new Claim(kind, Place.BOTH, fr, en);
    }

    /** The amount with its scaled figure moved by {@code by} (and further while that is another fact's value). */
    private static PromptFact shifted(PromptFact m, int by, Set<BigDecimal> values) {
        BigDecimal scale = scale(m.value());
        BigDecimal v = m.value();
        do {
            v = v.add(scale.multiply(BigDecimal.valueOf(by)));
        } while (values.contains(v.stripTrailingZeros()));
        return new PromptFact(m.id(), m.type(), m.text(), v, m.currency(), null);
    }

    private static Optional<PromptFact> sum(List<PromptFact> money, Set<BigDecimal> values) {
        for (int i = 0; i < money.size(); i++) {
            for (int j = i + 1; j < money.size(); j++) {
                PromptFact a = money.get(i);
                PromptFact b = money.get(j);
                BigDecimal total = a.value().add(b.value());
                if (a.currency().equals(b.currency()) && scale(a.value()).equals(scale(b.value()))
                        && !values.contains(total.stripTrailingZeros())) {
                    return Optional.of(new PromptFact(a.id(), a.type(), a.text(), total, a.currency(), null));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> free(int from, Set<BigDecimal> values) {
        int p = from;
        while (values.contains(BigDecimal.valueOf(p))) {
            p++;
        }
        return Optional.of(p);
    }

    private static Optional<LocalDate> day(List<PromptFact> facts) {
        return facts.stream().filter(f -> f.type().equals("DATE") && f.date() != null && f.date().matches("\\d{4}-\\d{2}-\\d{2}"))
                .map(f -> LocalDate.parse(f.date())).findFirst();
    }

    /** The first day from {@code day} on that no fact names ("10 et 11 février": the 11th is no invention). */
    private static LocalDate unnamed(LocalDate day, List<PromptFact> facts) {
        LocalDate d = day;
        while (true) {
            LocalDate candidate = d;
            if (facts.stream().noneMatch(f -> f.names(candidate))) {
                return d;
            }
            d = d.plusDays(1);
        }
    }

    private static Optional<String> absent(List<String> candidates, String text, int n) {
        List<String> absent = candidates.stream().filter(c -> !text.contains(c)).toList();
        return absent.isEmpty() ? Optional.empty() : Optional.of(absent.get(n % absent.size()));
    }

    /** Names the article writes inside its sentences (capitalised runs after a lower-case word). */
    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME_RUN.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** An amount of the article and a name it writes in another sentence only: {name, French amount, English amount}. */
    private static Optional<String[]> swap(List<PromptFact> money, String text) {
        for (PromptFact m : money) {
            int at = text.indexOf(m.text());
            if (at < 0) {
                continue;
            }
            int start = Math.max(text.lastIndexOf(". ", at) + 1, 0);
            int end = text.indexOf(". ", at);
            String sentence = text.substring(start, end < 0 ? text.length() : end);
            for (String name : names(text)) {
                if (name.contains(" ") && !sentence.contains(name) && !sentence.contains(name.substring(name.lastIndexOf(' ') + 1))) {
                    return Optional.of(new String[] {name, fr(m), en(m)});
                }
            }
        }
        return Optional.empty();
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.compareTo(BILLION) >= 0 ? BILLION : MILLION;
    }

    private static String scaled(PromptFact m) {
        return format(m.value().divide(scale(m.value()), 3, RoundingMode.HALF_UP), Function.identity());
    }

    static String fr(PromptFact m) {
        String figure = format(m.value().divide(scale(m.value()), 3, RoundingMode.HALF_UP), s -> s.replace('.', ','));
        String scaleWord = scale(m.value()).equals(BILLION) ? " milliards" : " millions";
        return figure + scaleWord + (m.currency().equals("EUR") ? " d'euros" : " de dollars");
    }

    static String en(PromptFact m) {
        String figure = format(m.value().divide(scale(m.value()), 3, RoundingMode.HALF_UP), Function.identity());
        return (m.currency().equals("EUR") ? "€" : "$") + figure + (scale(m.value()).equals(BILLION) ? " billion" : " million");
    }

    private static String format(BigDecimal v, Function<String, String> decimal) {
        return decimal.apply(v.stripTrailingZeros().toPlainString());
    }
}
