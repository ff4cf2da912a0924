package io.veille.local;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of news articles for load: stories of {@value #ARTICLES_PER_STORY}
 * articles (French and English) about one company's funding round, each story with its own
 * company, chief executive, city, amount, growth rate and day. Stories lie
 * {@value #DAYS_BETWEEN_STORIES} days apart, beyond the extractor's 3-day story window, and
 * share no name or amount, so clustering keeps them apart while grouping each story's articles.
 */
final class GeneratedArticles {

    static final int ARTICLES_PER_STORY = 3;
    static final int DAYS_BETWEEN_STORIES = 7;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 3);

    private static final List<String> SUFFIXES = List.of("Robotics", "Energy", "Pharma", "Software", "Networks",
            "Systems", "Technologies", "Labs", "Cloud", "Motors");
    private static final List<String> FIRST_NAMES = List.of("Sophie", "Nicolas", "Thomas", "Julien", "Clara",
            "Camille", "Antoine", "Hugo", "Manon", "Laurent", "Isabelle", "Olivier", "Sarah", "David", "Emma");
    private static final List<String> CITIES = List.of("Lyon", "Toulouse", "Nantes", "Bordeaux", "Lille", "Grenoble",
            "Rennes", "Strasbourg", "Montpellier", "Marseille", "Nice", "Dijon", "Angers", "Brest", "Metz");
    private static final List<String> SYLLABLES = List.of("var", "tel", "nor", "quin", "bra", "mo", "zen", "lio",
            "ka", "dri", "vex", "sol", "ta", "ri", "fen", "gal", "o", "mar", "lu", "pex", "cor", "dan", "yl", "ver");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** One story's facts, stated by each of its articles in its own words. */
    record Story(int index, String company, String person, String city, BigDecimal millions, int percent,
                 int hires, LocalDate day) {
    }

    /** @param paragraphs the body, plain text; the site wraps it in HTML */
    record Article(String slug, String lang, String title, Instant publishedAt, List<String> paragraphs) {
    }

    private GeneratedArticles() {
    }

    /** {@code count} articles, the same for the same seed. */
    static List<Article> of(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Article> articles = new ArrayList<>(count);
        Story story = null;
        for (int i = 0; i < count; i++) {
            int position = i % ARTICLES_PER_STORY;
            if (position == 0) {
                story = story(i / ARTICLES_PER_STORY, random);
            }
            String lang = (story.index() + position) % 2 == 0 ? "fr" : "en";
            articles.add(article(story, position, lang));
        }
        return articles;
    }

    private static Story story(int index, SplittableRandom random) {
        // the first two syllables follow the index, so no two stories of a run share a company
        String company = capitalised(SYLLABLES.get(index % SYLLABLES.size())
                + SYLLABLES.get(index / SYLLABLES.size() % SYLLABLES.size()) + name(random, 1))
                + " " + SUFFIXES.get(index % SUFFIXES.size());
        String person = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + capitalised(name(random, 2))
                + capitalised(SYLLABLES.get(index % SYLLABLES.size()));
        // 10.1, 10.2, ...: a different amount for every story, as a decimal so both conventions show
        BigDecimal millions = BigDecimal.valueOf(101 + index, 1);
        return new Story(index, company, person, CITIES.get(index % CITIES.size()), millions,
                3 + random.nextInt(40), 20 + random.nextInt(200),
                FIRST_DAY.plusDays((long) index * DAYS_BETWEEN_STORIES));
    }

    private static Article article(Story s, int position, String lang) {
        String slug = "%s-%03d-%d-%s".formatted(s.company().toLowerCase(Locale.ROOT).replace(' ', '-'), s.index(), position, lang);
        Instant published = s.day().plusDays(1).atTime(7 + position * 3, 15).toInstant(ZoneOffset.UTC);
        List<String> body = lang.equals("fr") ? GeneratedProse.french(s, position) : GeneratedProse.english(s, position);
        String title = lang.equals("fr")
                ? List.of("%s lève %s millions d'euros à %s", "Levée de fonds : %s obtient %s millions d'euros (%s)",
                        "%s, %s millions d'euros et une usine à %s").get(position)
                        .formatted(s.company(), frenchAmount(s), s.city())
                : List.of("%s raises €%s million in %s", "Funding: %s secures €%s million (%s)",
                        "%s, €%s million and a plant in %s").get(position)
                        .formatted(s.company(), s.millions().toPlainString(), s.city());
        return new Article(slug, lang, title, published, body);
    }

    static String frenchAmount(Story s) {
        return s.millions().toPlainString().replace('.', ',');
    }

    static String frenchDay(Story s) {
        return FRENCH_DAY.format(s.day());
    }

    static String englishDay(Story s) {
        return ENGLISH_DAY.format(s.day());
    }

    private static String name(SplittableRandom random, int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        return name.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
