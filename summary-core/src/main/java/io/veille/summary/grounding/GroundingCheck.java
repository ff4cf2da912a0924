package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;
import io.veille.summary.digest.FactFormatter;
import io.veille.summary.grounding.NameMentions.NameMention;
import io.veille.summary.grounding.NameMentions.Word;

/**
 * Rejects generated text that states a figure, date or name the cited articles do not back,
 * in the title and items of both languages.
 *
 * <p>Figures: every number, read with its scale word, currency and percent sign
 * ({@link NumberMentions}: "109 milliards d'euros" = "€109bn" = "109 Md€" = "109 G€"), must equal
 * the value, or the upper bound of a range, of a fact of the right kind: an amount with a currency a
 * MONEY fact in that currency ("$" is any dollar), a percentage a PERCENT fact, a number without
 * either any MONEY, QUANTITY or PERCENT fact. So "109 millions d'euros" (wrong scale) and "109
 * milliards de dollars" (wrong currency) are caught. Every written date ("9 février 2025",
 * "February 9") must be a day named by a DATE fact or the publication day; a bare number may also
 * be a day, month or year of those dates ("10–11 February", "d'ici 2030"), or the number of a name
 * the article writes ("France 2030").
 *
 * <p>Names: every run of capitalised words ({@link NameMentions}) must be backed by an entity's
 * name or alias, a quote's speaker, the byline, or a run of capitalised words of a cited article's
 * title or text ({@link NameBacking}); words compare folded (case and accents ignored), and a
 * French name may back its English form. A run is backed when (1) it appears in the article or
 * within a backed name, or (2) its distinctive words all belong to one backed name ("Macron" for
 * "Emmanuel Macron"). A word is not distinctive when the articles or the digest write it in lower
 * case, when it is a generic word of titles, institutions and event names ({@link
 * NameWords#GENERIC}: "Paris AI Action Summit" is judged by "Paris" alone), or when its translation
 * is in the article ("Élysée Palace" for "palais de l'Élysée", "United Arab Emirates" for "Émirats
 * arabes unis"). So invented people and companies ("Olaf Scholz", "Google DeepMind") and chimeras
 * of two people's names ("Emmanuel Bengio") are caught, while translated event and place names are
 * not; an invented name made only of common and generic words ("Banque européenne") passes. Two
 * names side by side ("In Paris Emmanuel Macron") pass when each is a whole backed name. A single
 * capitalised word opening a sentence, where case does not tell a name, is checked when the
 * dictionaries call it a name or do not know it ("Siemens", "Capgemini"), not when it is an ordinary
 * word ("Selon", "Investments"; {@link NameBacking#openingWordIsName}). An English title in Title
 * Case is not checked.
 *
 * <p>Relations: an amount said with an actor must be written with that actor in one sentence of a
 * cited article ({@link AmountActors}), so a swapped payer or recipient is caught.
 */
public final class GroundingCheck {

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}-]*)[ \\u00A0]$");
    /** Short words English Title Case leaves in lower case. */
    private static final Set<String> TITLE_CASE_LOWER = Set.of("with", "from", "into", "over", "than", "upon", "onto",
            "amid", "about", "after", "under", "versus");

    public GroundingResult check(Bilingual digest, List<ExtractedArticle> cited) {
        Backing backing = Backing.of(cited);
        List<String> texts = new ArrayList<>();
        for (String lang : Bilingual.LANGUAGES) {
            DigestText text = digest.in(lang);
            texts.add(text.title());
            text.items().forEach(item -> texts.add(item.text()));
        }
        NameBacking names = NameBacking.of(cited, texts.stream().filter(t -> t != null).toList());
        AmountActors relations = AmountActors.of(cited);
        List<String> unsupported = new ArrayList<>();
        for (String lang : Bilingual.LANGUAGES) {
            DigestText text = digest.in(lang);
            figures(lang, text.title(), backing, unsupported);
            if (!titleCase(text.title())) {
                names(lang, text.title(), names, unsupported);
            }
            for (Digest.Item item : text.items()) {
                figures(lang, item.text(), backing, unsupported);
                names(lang, item.text(), names, unsupported);
                relations.check(lang, item.text(), names, unsupported);
            }
        }
        return new GroundingResult(unsupported);
    }

    private static void figures(String lang, String text, Backing backing, List<String> unsupported) {
        if (text == null) {
            return;
        }
        List<DateMentions.DateMention> written = DateMentions.in(text, lang);
        for (DateMentions.DateMention date : written) {
            boolean backed = backing.days().stream().anyMatch(d -> MonthDay.from(d).equals(date.day())
                    && (date.year().isEmpty() || date.year().getAsInt() == d.getYear()))
                    // "le 9 février" of an article read without a publication date, its fact "--02-09"
                    || date.year().isEmpty() && backing.yearlessDays().contains(date.day());
            if (!backed) {
                unsupported.add("[" + lang + "] date \"" + date.text() + "\" is not a date of the article");
            }
        }
        String rest = DateMentions.without(text, written);
        for (NumberMention mention : NumberMentions.in(rest, lang)) {
            if (!backing.backs(mention) && !backing.backsAsDatePart(mention, rest)
                    && !(mention.bare() && (inName(rest, mention, backing) || backing.insideFactText(rest, mention)))) {
                unsupported.add("[" + lang + "] \"" + mention.text() + "\" (" + mention.value().toPlainString()
                        + ") is not a fact of the article");
            }
        }
    }

    /** "France 2030", "VivaTech 2025": a number that is part of a name the article writes. */
    private static boolean inName(String text, NumberMention mention, Backing backing) {
        int at = mention.start() < 0 ? text.indexOf(mention.text()) : mention.start();
        Matcher before = WORD_BEFORE.matcher(text.substring(0, Math.max(at, 0)));
        if (at < 0 || !before.find()) {
            return false;
        }
        String written = (before.group(1) + " " + mention.text()).toLowerCase(Locale.ROOT);
        return backing.texts().stream().anyMatch(t -> t.contains(written));
    }

    private static void names(String lang, String text, NameBacking names, List<String> unsupported) {
        if (text == null) {
            return;
        }
        for (NameMention name : NameMentions.in(text)) {
            boolean loneOpeningWord = name.sentenceStart() && name.words().size() == 1 && name.plainFirstWord();
            if ((!loneOpeningWord || names.openingWordIsName(name, lang)) && !names.grounded(name)) {
                unsupported.add("[" + lang + "] name \"" + name.text() + "\" is not an entity of the cited articles");
            }
        }
    }

    /** "Macron Unveils €109bn AI Plan": in Title Case, capitals no longer tell names from words. */
    static boolean titleCase(String text) {
        List<Word> words = NameMentions.words(text);
        long capitalised = words.stream().skip(1).filter(Word::capitalised).count();
        boolean longLowerCase = words.stream()
                .anyMatch(w -> !w.capitalised() && w.folded().length() >= 4 && !TITLE_CASE_LOWER.contains(w.folded()));
        return capitalised >= 2 && !longLowerCase;
    }

    /** What the cited articles back: fact values by value, dates, and their texts in lower case. */
    record Backing(Map<BigDecimal, List<Fact>> values, Set<BigDecimal> dateParts, Set<LocalDate> days,
            Set<MonthDay> yearlessDays, List<String> texts) {

        private static final Pattern DATE_PART_FOLLOWS = Pattern.compile(
                "[ \\u00A0]*(?:$|[^\\p{L}\\d\\s]|(?:et|au|à|and|to|or|ou)(?![\\p{L}]))");

        static Backing of(List<ExtractedArticle> cited) {
            Map<BigDecimal, List<Fact>> values = new HashMap<>();
            Set<BigDecimal> dateParts = new HashSet<>();
            Set<LocalDate> days = new HashSet<>();
            Set<MonthDay> yearlessDays = new HashSet<>();
            List<String> texts = new ArrayList<>();
            for (ExtractedArticle article : cited) {
                for (Fact fact : article.facts()) {
                    // a range ("entre 10 et 20 milliards") backs its upper bound as well as its lower one
                    for (BigDecimal value : new BigDecimal[] {fact.value(), fact.valueEnd()}) {
                        if (value != null) {
                            values.computeIfAbsent(NumberMentions.normal(value), v -> new ArrayList<>()).add(fact);
                        }
                    }
                    addDate(fact.date(), fact.dateEnd(), dateParts, days);
                    yearless(fact.date()).ifPresent(yearlessDays::add);
                    yearless(fact.dateEnd()).ifPresent(yearlessDays::add);
                }
                if (article.publishedAt() != null) {
                    addDate(article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), null, dateParts, days);
                }
                for (String text : new String[] {article.title(), article.text()}) {
                    if (text != null) {
                        texts.add(text.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new Backing(values, dateParts, days, yearlessDays, texts);
        }

        /** The day of a fact read without a year: ISO's "--02-09". */
        private static Optional<MonthDay> yearless(String iso) {
            try {
                return iso != null && iso.startsWith("--") ? Optional.of(MonthDay.parse(iso)) : Optional.empty();
            } catch (DateTimeParseException notADay) {
                return Optional.empty();
            }
        }

        /** "2,5 milliards de dollars sur 5 ans": a bare number inside a fact's own text, quoted as the article wrote it. */
        boolean insideFactText(String text, NumberMention mention) {
            if (mention.start() < 0) {
                return false;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            return values.values().stream().flatMap(List::stream).map(Fact::text).filter(t -> t != null && t.length() > mention.text().length())
                    .map(t -> t.toLowerCase(Locale.ROOT)).distinct().anyMatch(t -> {
                        for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
                            if (at <= mention.start() && mention.end() <= at + t.length()) {
                                return true;
                            }
                        }
                        return false;
                    });
        }

        boolean backs(NumberMention mention) {
            if (mention.percent()) {
                // A percentage may be normalised as 22 or as 0.22.
                return facts(mention.value()).anyMatch(Backing::isPercent)
                        || facts(mention.value().movePointLeft(2)).anyMatch(Backing::isPercent);
            }
            if (!mention.currencies().isEmpty()) {
                return facts(mention.value()).anyMatch(f -> f.currency() == null ? f.type() == FactType.MONEY
                        : mention.currencies().contains(f.currency()));
            }
            return facts(mention.value()).findAny().isPresent();
        }

        /**
         * A bare number as a year ("en 2025", "d'ici 2030"), or as a day or month written beside a
         * date ("10–11 February", "du 10 au 11 février"), not as a count ("2 GW", "3 sites").
         */
        boolean backsAsDatePart(NumberMention mention, String text) {
            if (!mention.bare() || !dateParts.contains(mention.value())) {
                return false;
            }
            boolean year = mention.value().compareTo(BigDecimal.valueOf(1000)) >= 0;
            return year || mention.end() < 0 || DATE_PART_FOLLOWS.matcher(text).region(mention.end(), text.length()).lookingAt();
        }

        private java.util.stream.Stream<Fact> facts(BigDecimal value) {
            return values.getOrDefault(NumberMentions.normal(value), List.of()).stream();
        }

        private static boolean isPercent(Fact fact) {
            return fact.type() == FactType.PERCENT || "%".equals(fact.unit());
        }

        /** Every day a DATE fact names (ranges of up to 62 days spelled out); the year and month of partial dates ("2030", "2025-02"). */
        private static void addDate(String iso, String isoEnd, Set<BigDecimal> parts, Set<LocalDate> days) {
            for (String d : new String[] {iso, isoEnd}) {
                if (d != null && d.matches("\\d{4}(-\\d{2}(-\\d{2}.*)?)?")) {
                    parts.add(NumberMentions.normal(new BigDecimal(d.substring(0, 4))));
                    if (d.length() >= 7) {
                        parts.add(NumberMentions.normal(new BigDecimal(d.substring(5, 7))));
                    }
                    FactFormatter.isoDay(d).ifPresent(day -> parts.add(BigDecimal.valueOf(day.getDayOfMonth())));
                    FactFormatter.isoDay(d).ifPresent(days::add);
                }
            }
            Optional<LocalDate> start = FactFormatter.isoDay(iso);
            Optional<LocalDate> end = FactFormatter.isoDay(isoEnd);
            if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())
                    && start.get().plusDays(62).isAfter(end.get())) {
                start.get().datesUntil(end.get()).forEach(days::add);
            }
        }
    }
}
